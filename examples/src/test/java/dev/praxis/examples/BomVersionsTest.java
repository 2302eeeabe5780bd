package dev.praxis.examples;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM has no parent (importing it must not bring Praxis's build settings along), so it repeats the LangChain4j
 * version the root pom builds with; these checks keep the two, and the list of published modules, in step.
 * Surefire runs in the module folder, so the poms are one level up.
 */
class BomVersionsTest {

    private static final Path ROOT_POM = Path.of("..", "pom.xml");
    private static final Path BOM_POM = Path.of("..", "bom", "pom.xml");

    @Test
    void bomImportsLangChain4jAtTheVersionPraxisIsBuiltWith() throws Exception {
        Document root = parse(ROOT_POM);
        Document bom = parse(BOM_POM);

        assertThat(text(bom, "/project/properties/langchain4j.version"))
                .isEqualTo(text(root, "/project/properties/langchain4j.version"));
        String imported = "/project/dependencyManagement/dependencies/dependency[artifactId='langchain4j-bom']";
        assertThat(text(bom, imported + "/version")).isEqualTo("${langchain4j.version}");
        assertThat(text(bom, imported + "/scope")).isEqualTo("import");
    }

    @Test
    void bomManagesEveryPraxisModuleTheRootManages() throws Exception {
        String praxis = "/project/dependencyManagement/dependencies/dependency[groupId='dev.praxis']/artifactId";

        assertThat(texts(parse(BOM_POM), praxis))
                .containsExactlyInAnyOrderElementsOf(texts(parse(ROOT_POM), praxis))
                .contains("praxis-core", "praxis-test-support", "praxis-tools-finance", "praxis-tools-ecommerce");
    }

    private static Document parse(Path pom) throws Exception {
        // Poms carry the Maven namespace; without namespace awareness the plain paths below match.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static String text(Document document, String path) throws Exception {
        List<String> found = texts(document, path);
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }

    private static List<String> texts(Document document, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
