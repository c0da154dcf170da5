package org.civicplan.validation.internal;

import java.io.InputStream;
import java.util.Set;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Product;
import org.civicplan.core.period.Period;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScratchDebugTest {
    @Test
    void dump() throws Exception {
        Set<String> want = Set.of(System.getProperty("rows", "").split(","));
        try (InputStream in = getClass().getResourceAsStream("/org/civicplan/validation/corpus/rows.json")) {
            JsonNode all = JsonMapper.builder().build().readTree(in);
            for (JsonNode r : all) {
                String id = r.get("id").asString();
                if (!want.contains(id)) continue;
                Item.Builder b = Item.builder(ItemId.of(id), PlanId.of("P"), 1)
                        .title(r.get("task").asString());
                StringBuilder content = new StringBuilder();
                if (r.has("content")) content.append(r.get("content").asString());
                String dl = r.has("deadline") ? r.get("deadline").asString() : null;
                String parsed = "-";
                if (dl != null) {
                    try {
                        parsed = Period.parse(dl).toString();
                    } catch (Exception e) {
                        parsed = "ERR ";
                        content.append("\nThời hạn: ").append(dl);
                    }
                }
                if (content.length() > 0) b.content(content.toString().strip());
                if (r.has("product"))
                    b.product(new Product(
                            java.util.Optional.empty(),
                            java.util.Optional.of(r.get("product").asString()),
                            java.util.Optional.empty()));
                TaskReading t = TaskReading.of(b.build());
                System.out.printf(
                        "DBG %s head=[%s] oneOff=%s producing=%s timed=%s prodDoc=%s oversight=%s names=%s counts=%s campaign=%s deadline=%s%n",
                        id,
                        t.head(),
                        t.oneOff(),
                        t.producingAct(),
                        t.timed(),
                        t.producesDocument(),
                        t.oversight(),
                        t.namesOutput(),
                        t.counts(),
                        t.campaign(),
                        parsed);
            }
        }
    }
}
