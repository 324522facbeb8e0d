package org.clusterscope.scenario.run;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.topology.Link;

/** A scenario's nodes and links drawn as an SVG element, at the places the file gives them, for a handout. */
public final class TopologySvg {

    private static final double WIDTH = 560;
    private static final double HEIGHT = 380;
    private static final double MARGIN = 44;

    private TopologySvg() {
    }

    public static String element(Scenario scenario) {
        List<ResolvedNode> nodes = scenario.roster().nodes();
        double minX = nodes.stream().mapToDouble(ResolvedNode::x).min().orElse(0);
        double maxX = nodes.stream().mapToDouble(ResolvedNode::x).max().orElse(1);
        double minY = nodes.stream().mapToDouble(ResolvedNode::y).min().orElse(0);
        double maxY = nodes.stream().mapToDouble(ResolvedNode::y).max().orElse(1);
        double scale = Math.min((WIDTH - 2 * MARGIN) / Math.max(1, maxX - minX),
                (HEIGHT - 2 * MARGIN) / Math.max(1, maxY - minY));
        double offsetX = (WIDTH - (maxX - minX) * scale) / 2;
        double offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
        Map<String, double[]> at = new HashMap<>();
        for (ResolvedNode node : nodes) {
            at.put(node.id(), new double[] {offsetX + (node.x() - minX) * scale, offsetY + (node.y() - minY) * scale});
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace("http://www.w3.org/2000/svg");
            xml.writeAttribute("width", num(WIDTH));
            xml.writeAttribute("height", num(HEIGHT));
            xml.writeAttribute("viewBox", "0 0 " + num(WIDTH) + " " + num(HEIGHT));
            xml.writeAttribute("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
            xml.writeAttribute("font-size", "12");
            xml.writeAttribute("class", "topology");
            xml.writeStartElement("title");
            xml.writeCharacters("Topology of " + scenario.name());
            xml.writeEndElement();
            for (LinkDef def : scenario.links()) {
                boolean special = !def.overrides().isEmpty();
                for (Link link : ScenarioRunner.expand(def)) {
                    double[] a = at.get(link.a().value());
                    double[] b = at.get(link.b().value());
                    if (a == null || b == null) {
                        continue;
                    }
                    xml.writeStartElement("line");
                    xml.writeAttribute("class", "link");
                    xml.writeAttribute("x1", num(a[0]));
                    xml.writeAttribute("y1", num(a[1]));
                    xml.writeAttribute("x2", num(b[0]));
                    xml.writeAttribute("y2", num(b[1]));
                    xml.writeAttribute("stroke", special ? "#8e44ad" : "#7f8c8d");
                    xml.writeAttribute("stroke-width", "2");
                    if (special) {
                        xml.writeAttribute("stroke-dasharray", "6 4");
                    }
                    xml.writeStartElement("title");
                    xml.writeCharacters(link.a() + " – " + link.b() + (special ? " (own settings)" : ""));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
            }
            for (ResolvedNode node : nodes) {
                double[] p = at.get(node.id());
                xml.writeStartElement("g");
                xml.writeAttribute("class", "node");
                xml.writeStartElement("title");
                xml.writeCharacters(node.id() + ", port " + node.port()
                        + (node.tags().isEmpty() ? "" : ", tags " + String.join(",", node.tags())));
                xml.writeEndElement();
                xml.writeEmptyElement("circle");
                xml.writeAttribute("cx", num(p[0]));
                xml.writeAttribute("cy", num(p[1]));
                xml.writeAttribute("r", "18");
                xml.writeAttribute("fill", "#d6eaf8");
                xml.writeAttribute("stroke", "#2471a3");
                xml.writeAttribute("stroke-width", "2");
                label(xml, p[0], p[1] + 4, node.id(), "bold");
                label(xml, p[0], p[1] + 32, String.valueOf(node.port()), null);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot draw the topology", e);
        }
        return text.toString();
    }

    private static void label(XMLStreamWriter xml, double x, double y, String content, String weight)
            throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeAttribute("x", num(x));
        xml.writeAttribute("y", num(y));
        xml.writeAttribute("text-anchor", "middle");
        if (weight != null) {
            xml.writeAttribute("font-weight", weight);
        }
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
