package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {
    private static Node text(String value) {
        return new Node(Node.Type.STRING, "/x", 1, 1, value);
    }

    @Test
    void behavesLikeAnInsertionOrderedMapPastItsFirstCapacity() {
        Fields fields = new Fields();
        Map<String, Node> reference = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            // a new String each time: look-ups must not depend on identity
            String name = new String("field" + (i * 7 % 20));
            Node value = text("v" + i);
            assertThat(fields.put(name, value)).isEqualTo(reference.put(name, value));
        }
        Node replaced = text("again");
        assertThat(fields.put(new String("field7"), replaced)).isEqualTo(reference.put("field7", replaced));

        assertThat(fields).hasSize(reference.size());
        assertThat(fields.get("field7")).isSameAs(replaced);
        assertThat(fields.get("field19")).isSameAs(reference.get("field19"));
        assertThat(fields.get("missing")).isNull();
        assertThat(fields.get(42)).isNull();
        assertThat(fields.containsKey("field0")).isTrue();
        assertThat(fields.containsKey("field20")).isFalse();
        assertThat(new ArrayList<>(fields.keySet())).containsExactlyElementsOf(reference.keySet());
        List<String> byIndex = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            byIndex.add(fields.name(i));
            assertThat(fields.value(i)).isSameAs(reference.get(fields.name(i)));
        }
        assertThat(byIndex).containsExactlyElementsOf(reference.keySet());
        assertThat(fields).isEqualTo(reference);
    }

    @Test
    void nodesKeepTheirPointerUnspelledUntilAsked() {
        Node.Child at = new Node.Child(new Node.Child("/measurements", 3), "a/b~c");
        Node node = new Node(Node.Type.NULL, at, 2, 5, null);

        assertThat(node.pointer()).isEqualTo("/measurements/3/a~1b~0c");
        assertThat(node.pointer()).isEqualTo("/measurements/3/a~1b~0c");
        assertThat(Node.spell("/plain")).isEqualTo("/plain");
    }
}
