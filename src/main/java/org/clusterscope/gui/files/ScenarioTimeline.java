package org.clusterscope.gui.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clusterscope.gui.panels.TimelineMark;
import org.clusterscope.gui.run.RecordedCommand;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.Scenario;

/** What the timeline under the canvas shows of a document: its marks in time order, and how long it runs. */
public record ScenarioTimeline(List<TimelineMark> marks, long runFor) {

    public ScenarioTimeline {
        marks = List.copyOf(marks);
    }

    /** The scenario's events, the faults recorded by hand and the deadlines of timed expectations. */
    public static ScenarioTimeline of(Scenario scenario, List<RecordedCommand> recorded) {
        List<TimelineMark> marks = new ArrayList<>();
        for (EventDef event : scenario.events()) {
            marks.add(new TimelineMark(event.at().micros(), TimelineText.of(event.command()),
                    TimelineText.kind(event.command())));
        }
        for (RecordedCommand fault : recorded) {
            marks.add(new TimelineMark(fault.time(), "● " + fault.command().describe(), TimelineMark.Kind.RECORDED));
        }
        for (Expectation expectation : scenario.expect()) {
            if (expectation instanceof Expectation.Timed timed) {
                marks.add(new TimelineMark(timed.by().micros(), "✓?", TimelineMark.Kind.EXPECT));
            }
        }
        marks.sort(Comparator.comparingLong(TimelineMark::time));
        return new ScenarioTimeline(marks, scenario.runFor().micros());
    }
}
