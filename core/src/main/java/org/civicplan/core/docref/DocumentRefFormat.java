package org.civicplan.core.docref;

/** Placeholder until the parser lands (being written on the docref-money branch). */
final class DocumentRefFormat {
    private DocumentRefFormat() {}

    static DocumentRef parse(String text) {
        throw new IllegalStateException("not yet supported");
    }

    static String symbol(DocumentRef ref) {
        return ref.number() + "/" + ref.issuer();
    }
}
