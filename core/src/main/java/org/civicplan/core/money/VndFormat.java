package org.civicplan.core.money;

import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/** Placeholder until the parser lands (being written on the docref-money branch). */
final class VndFormat {
    private VndFormat() {}

    static Vnd parse(String text) {
        throw new InvalidAmountException(text, Message.of("chưa hỗ trợ", "not yet supported"));
    }

    static String format(Vnd amount, Lang lang) {
        return amount.toPlainString();
    }
}
