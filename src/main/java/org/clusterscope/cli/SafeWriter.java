package org.clusterscope.cli;

import java.io.PrintWriter;

import org.clusterscope.core.PrintableText;

/**
 * A writer for what the commands print: everything written through it has its control
 * characters escaped ({@link PrintableText}), while the line ends of {@code println} still end
 * lines. A scenario's note, title or id thus never reaches the terminal raw.
 */
final class SafeWriter extends PrintWriter {

    private SafeWriter(PrintWriter target) {
        super(target, false);
    }

    /** {@code target} wrapped, once. */
    static PrintWriter of(PrintWriter target) {
        return target instanceof SafeWriter ? target : new SafeWriter(target);
    }

    @Override
    public void write(String text, int offset, int length) {
        String safe = PrintableText.escape(text.substring(offset, offset + length));
        synchronized (lock) {
            try {
                out.write(safe);
            } catch (java.io.IOException e) {
                setError();
            }
        }
    }

    @Override
    public void write(char[] text, int offset, int length) {
        write(new String(text, offset, length), 0, length);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }
}
