package com.ssprviewer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AboutInfoTest {

    @Test
    void everyLibraryTheProgramShipsIsNamedWithTheVersionItShips() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Map<String, String> properties = new HashMap<>();
        NodeList props = ((Element) pom.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < props.getLength(); i++) {
            if (props.item(i) instanceof Element) {
                properties.put(props.item(i).getNodeName(), props.item(i).getTextContent().strip());
            }
        }
        Map<String, String> shipped = new HashMap<>();
        NodeList dependencies = ((Element) pom.getElementsByTagName("dependencies").item(0))
                .getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            if (d.getElementsByTagName("scope").getLength() == 0) {
                shipped.put(child(d, "artifactId"), resolve(child(d, "version"), properties));
            }
        }
        AboutInfo info = AboutInfo.ofThisBuild();

        assertEquals("2", shipped.get("h2").substring(0, 1), "the runtime dependencies are read: " + shipped);
        shipped.forEach((artifact, version) -> {
            AboutInfo.Component component = info.components().stream()
                    .filter(c -> c.artifacts().contains(artifact)).findFirst().orElse(null);
            assertNotNull(component, artifact + " is not named in Help > About");
            assertEquals(version, component.version(), artifact);
        });
    }

    @Test
    void aBuildWithoutItsFactsSaysItIsADevelopmentBuild() {
        Properties unfiltered = new Properties();
        unfiltered.setProperty("version", "${project.version}");

        assertNull(AboutInfo.of(unfiltered).version());
        assertEquals(0, AboutInfo.of(new Properties()).components().size());
    }

    @Test
    void theBuildsVersionIsThePomsVersion() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());

        assertEquals(version(pom), AboutInfo.ofThisBuild().version());
    }

    private static String version(Document pom) {
        return child(pom.getDocumentElement(), "version");
    }

    private static String child(Element e, String tag) {
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element && children.item(i).getNodeName().equals(tag)) {
                return children.item(i).getTextContent().strip();
            }
        }
        return null;
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        return m.matches() ? properties.get(m.group(1)) : value;
    }
}
