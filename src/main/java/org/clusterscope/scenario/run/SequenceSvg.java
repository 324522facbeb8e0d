package org.clusterscope.scenario.run;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;

/**
 * Writes a {@link SequenceDiagram} as SVG with the JDK's XML writer, which escapes every text
 * and attribute, so the file is valid XML whatever the node names and reasons hold. Each arrow is
 * a group whose {@code <title>} (the tooltip a browser shows on hover) gives the message and the
 * reason it was sent; each mark's title gives the reason of the state change.
 */
public final class SequenceSvg {

    /** Pixels per millisecond of virtual time, before quiet stretches are shortened. */
    public static final double PX_PER_MS = 3;
    /** The most a quiet stretch takes, in pixels. */
    public static final double MAX_GAP = 60;
    private static final String NS = "http://www.w3.org/2000/svg";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final SequenceDiagram diagram;
    private final SequenceLayout layout;
    private final String title;
    private XMLStreamWriter xml;

    private SequenceSvg(SequenceDiagram diagram, String title) {
        this.diagram = diagram;
        this.layout = new SequenceLayout(diagram, PX_PER_MS, MAX_GAP);
        this.title = title;
    }

    /** Writes a standalone SVG file (UTF-8, with its XML declaration). */
    public static void write(SequenceDiagram diagram, String title, OutputStream out) throws XMLStreamException {
        SequenceSvg svg = new SequenceSvg(diagram, title);
        svg.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        svg.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        svg.xml.writeCharacters("\n");
        svg.document();
        svg.xml.writeEndDocument();
        svg.xml.flush();
    }

    /** The {@code <svg>} element alone, to inline in an HTML page. */
    public static String element(SequenceDiagram diagram, String title) {
        StringWriter text = new StringWriter();
        try {
            SequenceSvg svg = new SequenceSvg(diagram, title);
            svg.xml = FACTORY.createXMLStreamWriter((Writer) text);
            svg.document();
            svg.xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sequence diagram", e);
        }
        return text.toString();
    }

    private void document() throws XMLStreamException {
        xml.writeStartElement("svg");
        xml.writeDefaultNamespace(NS);
        attr("width", layout.width());
        attr("height", layout.height());
        xml.writeAttribute("viewBox", "0 0 " + num(layout.width()) + " " + num(layout.height()));
        xml.writeAttribute("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
        xml.writeAttribute("font-size", "11");
        xml.writeAttribute("class", "sequence");
        element("title", title);
        defs();
        rect(0, 0, layout.width(), layout.height(), "#ffffff", "background");
        axis();
        bands();
        lifelines();
        arrows();
        marks();
        xml.writeEndElement();
    }

    private void defs() throws XMLStreamException {
        xml.writeStartElement("defs");
        for (String kind : SequenceKinds.ALL) {
            xml.writeStartElement("marker");
            xml.writeAttribute("id", markerId(kind));
            xml.writeAttribute("viewBox", "0 0 8 8");
            xml.writeAttribute("refX", "8");
            xml.writeAttribute("refY", "4");
            xml.writeAttribute("markerWidth", "7");
            xml.writeAttribute("markerHeight", "7");
            xml.writeAttribute("orient", "auto");
            xml.writeEmptyElement("path");
            xml.writeAttribute("d", "M0,0 L8,4 L0,8 z");
            xml.writeAttribute("fill", SequenceStyle.kind(kind));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The time column: the instant of every mark and fault, and the length of each shortened stretch. */
    private void axis() throws XMLStreamException {
        group("axis");
        Set<Long> labelled = new LinkedHashSet<>();
        labelled.add(diagram.from());
        diagram.bands().forEach(band -> labelled.add(band.time()));
        diagram.marks().forEach(mark -> labelled.add(mark.time()));
        labelled.add(diagram.to());
        double lastY = Double.NEGATIVE_INFINITY;
        for (long time : labelled.stream().sorted().toList()) {
            double y = layout.y(time);
            if (y - lastY >= 13) {
                text(SequenceLayout.LEFT - 8, y + 4, SequenceLayout.label(time), "end", "#34495e", null);
                lastY = y;
            }
        }
        for (SequenceLayout.Break gap : layout.breaks()) {
            if (gap.end() - gap.start() >= 100_000) {
                double mid = (gap.y0() + gap.y1()) / 2;
                text(8, mid + 4, "⋯ " + SequenceLayout.label(gap.end() - gap.start()), "start", "#95a5a6", null);
            }
        }
        xml.writeEndElement();
    }

    private void bands() throws XMLStreamException {
        group("bands");
        for (SequenceDiagram.Band band : diagram.bands()) {
            double y = layout.y(band.time());
            String colour = SequenceStyle.band(band.kind());
            group("band " + band.kind());
            element("title", SimTime.format(band.time()) + " " + band.label());
            xml.writeEmptyElement("rect");
            attr("x", SequenceLayout.LEFT);
            attr("y", y - 3);
            attr("width", layout.width() - SequenceLayout.LEFT - 8);
            attr("height", 6);
            xml.writeAttribute("fill", colour);
            xml.writeAttribute("fill-opacity", "0.35");
            text(layout.width() - 12, y - 6, band.label(), "end", colour, "bold");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void lifelines() throws XMLStreamException {
        group("lifelines");
        for (NodeId node : diagram.nodes()) {
            double x = layout.x(node);
            xml.writeStartElement("g");
            xml.writeAttribute("class", "lifeline");
            xml.writeAttribute("id", "lifeline-" + node.value());
            rect(x - 40, 8, 80, 24, "#ecf0f1", null);
            text(x, 25, node.value(), "middle", "#17202a", "bold");
            line(x, 32, x, layout.bottom(), "#7f8c8d", 1, "4 3", null);
            text(x, layout.bottom() + 16, node.value(), "middle", "#17202a", null);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void arrows() throws XMLStreamException {
        group("messages");
        for (SequenceDiagram.Arrow arrow : diagram.arrows()) {
            if (!layout.hasLifeline(arrow.from()) || !layout.hasLifeline(arrow.to())) {
                continue;
            }
            String colour = SequenceStyle.kind(arrow.kind());
            double x1 = layout.x(arrow.from());
            double y1 = layout.y(arrow.sent());
            double x2 = layout.x(arrow.to());
            double y2 = layout.y(arrow.end());
            group("message " + arrow.kind() + (arrow.dropped() ? " dropped" : ""));
            element("title", arrow.describe());
            if (arrow.dropped()) {
                double share = x1 == x2 ? 0 : SequenceLayout.dropShare(arrow);
                double xe = x1 + (x2 - x1) * share;
                double ye = y1 + (y2 - y1) * share;
                line(x1, y1, xe, ye, colour, 1.2, "5 3", null);
                line(xe - 5, ye - 5, xe + 5, ye + 5, SequenceStyle.DROP, 2, null, null);
                line(xe - 5, ye + 5, xe + 5, ye - 5, SequenceStyle.DROP, 2, null, null);
                line(x1, y1, xe, ye, "#000000", 8, null, "0");
            } else {
                line(x1, y1, x2, y2, colour, 1.4, null, null);
                xml.writeAttribute("marker-end", "url(#" + markerId(arrow.kind()) + ")");
                line(x1, y1, x2, y2, "#000000", 8, null, "0");
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void marks() throws XMLStreamException {
        group("marks");
        for (SequenceDiagram.Mark mark : diagram.marks()) {
            if (!layout.hasLifeline(mark.node())) {
                continue;
            }
            double x = layout.x(mark.node());
            double y = layout.y(mark.time());
            double width = 10 + 6.5 * mark.label().length();
            group("mark " + mark.label());
            element("title", SimTime.format(mark.time()) + " " + mark.node() + " " + mark.label() + ": " + mark.reason());
            xml.writeEmptyElement("rect");
            attr("x", x - width / 2);
            attr("y", y - 8);
            attr("width", width);
            attr("height", 16);
            attr("rx", 4);
            xml.writeAttribute("fill", SequenceStyle.mark(mark.label()));
            xml.writeAttribute("stroke", "#566573");
            text(x, y + 4, mark.label(), "middle", "#17202a", mark.label().equals("MASTER") ? "bold" : null);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void group(String cssClass) throws XMLStreamException {
        xml.writeStartElement("g");
        xml.writeAttribute("class", cssClass);
    }

    private void element(String name, String content) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    private void rect(double x, double y, double width, double height, String fill, String cssClass)
            throws XMLStreamException {
        xml.writeEmptyElement("rect");
        attr("x", x);
        attr("y", y);
        attr("width", width);
        attr("height", height);
        xml.writeAttribute("fill", fill);
        if (cssClass != null) {
            xml.writeAttribute("class", cssClass);
        }
    }

    /** A line; {@code opacity} "0" makes the wide invisible line that catches the pointer for the tooltip. */
    private void line(double x1, double y1, double x2, double y2, String colour, double width, String dash,
            String opacity) throws XMLStreamException {
        xml.writeEmptyElement("line");
        attr("x1", x1);
        attr("y1", y1);
        attr("x2", x2);
        attr("y2", y2);
        xml.writeAttribute("stroke", colour);
        attr("stroke-width", width);
        if (dash != null) {
            xml.writeAttribute("stroke-dasharray", dash);
        }
        if (opacity != null) {
            xml.writeAttribute("stroke-opacity", opacity);
        }
    }

    private void text(double x, double y, String content, String anchor, String colour, String weight)
            throws XMLStreamException {
        xml.writeStartElement("text");
        attr("x", x);
        attr("y", y);
        xml.writeAttribute("text-anchor", anchor);
        xml.writeAttribute("fill", colour);
        if (weight != null) {
            xml.writeAttribute("font-weight", weight);
        }
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    private void attr(String name, double value) throws XMLStreamException {
        xml.writeAttribute(name, num(value));
    }

    private static String markerId(String kind) {
        return "head-" + kind.replace('.', '-');
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
