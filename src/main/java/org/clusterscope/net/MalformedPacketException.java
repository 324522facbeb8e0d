package org.clusterscope.net;

/** A packet that could not be decoded; the message says what was wrong and where. */
public class MalformedPacketException extends Exception {

    public MalformedPacketException(String message) {
        super(message);
    }
}
