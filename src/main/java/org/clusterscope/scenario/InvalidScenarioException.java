package org.clusterscope.scenario;

import java.util.List;

/** A scenario file was refused; {@link #errors()} lists every problem found, in file order. */
public final class InvalidScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioError> errors;

    public InvalidScenarioException(List<ScenarioError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ScenarioError> errors() {
        return errors;
    }

    private static String describe(List<ScenarioError> errors) {
        StringBuilder text = new StringBuilder();
        for (ScenarioError error : errors) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(error);
        }
        return text.toString();
    }
}
