package org.civicplan.core.model;

import java.util.Optional;

/**
 * What an item delivers (sản phẩm): a kind, a description ("Quyết định của UBND Thành phố ban hành
 * Đề án"), and a quantity where the kind is countable (5 conferences, 200 trainees).
 */
public record Product(Optional<ProductKind> kind, Optional<String> description, Optional<Integer> quantity) {
    public static final Product NONE = new Product(Optional.empty(), Optional.empty(), Optional.empty());

    public Product {
        kind = Texts.optional(kind, "kind");
        description = Texts.line(description, "description");
        quantity = Texts.optional(quantity, "quantity");
    }

    public static Product of(ProductKind kind, String description) {
        return new Product(Optional.of(kind), Optional.of(description), Optional.empty());
    }

    public static Product of(ProductKind kind, String description, int quantity) {
        return new Product(Optional.of(kind), Optional.of(description), Optional.of(quantity));
    }
}
