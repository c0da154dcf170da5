package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeTest {
    @Test
    void aPointerIsSpelledOutOnFirstUseWithNamesEscaped() {
        Node.Child at = new Node.Child(new Node.Child("/measurements", 3), "a/b~c");
        Node node = new Node(Node.Type.NULL, at, 2, 5, null);

        assertThat(node.pointer()).isEqualTo("/measurements/3/a~1b~0c");
        assertThat(node.pointer()).isEqualTo("/measurements/3/a~1b~0c");
        assertThat(Node.spell(new Node.Child("", 0))).isEqualTo("/0");
        assertThat(Node.spell("/plain")).isEqualTo("/plain");
    }
}
