package org.civicplan.export.xlsx.internal;

import org.civicplan.core.model.ProgressState;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.ReviewStatus;

/** Light fills for status cells: green done, red overdue or off track, amber at risk, blue in progress. */
final class Colours {
    private Colours() {}

    static String of(ProgressState state) {
        return switch (state) {
            case DONE_ON_TIME -> "C6EFCE";
            case DONE_LATE -> "E2EFDA";
            case OVERDUE -> "FFC7CE";
            case IN_PROGRESS -> "DDEBF7";
            case NOT_STARTED -> "F2F2F2";
            case SUSPENDED, CANCELLED -> "D9D9D9";
        };
    }

    static String of(ReviewStatus status) {
        return switch (status) {
            case DONE_ON_TIME -> "C6EFCE";
            case DONE_LATE -> "E2EFDA";
            case OVERDUE -> "FFC7CE";
            case IN_PROGRESS -> "DDEBF7";
            case NOT_STARTED -> "F2F2F2";
            case NOT_REPORTED -> "FCE4D6";
            case SUSPENDED, CANCELLED -> "D9D9D9";
        };
    }

    static String of(Rag rag) {
        return switch (rag) {
            case ON_TRACK -> "C6EFCE";
            case AT_RISK -> "FFEB9C";
            case OFF_TRACK -> "FFC7CE";
            case NOT_YET_DUE, NO_DATA, NO_TARGET -> "F2F2F2";
        };
    }
}
