package org.clusterscope.gui.run;

import org.clusterscope.runtime.Command;

/** A fault applied by hand while recording, with the virtual time it took effect. */
public record RecordedCommand(long time, Command command) {
}
