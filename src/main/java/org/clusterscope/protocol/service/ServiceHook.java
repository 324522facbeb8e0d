package org.clusterscope.protocol.service;

/**
 * Code run on a service event (PROTOCOL.md §4). It returns the payload to carry on with
 * (possibly changed), or throws to cancel the handling of that message. For {@code discovered}
 * and {@code lost} the return value is ignored; for {@code query} it is the answer.
 */
@FunctionalInterface
public interface ServiceHook {

    String run(HookCall call) throws Exception;
}
