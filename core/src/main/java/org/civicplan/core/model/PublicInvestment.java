package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.civicplan.core.money.Vnd;

/**
 * An item proposed for the medium-term public investment preparation list (danh mục chuẩn bị đầu
 * tư công trung hạn), with its estimated total investment and, where known, its project group
 * under the Public Investment Law (A, B, C).
 */
public record PublicInvestment(Vnd estimatedTotal, Optional<String> projectGroup, Optional<String> note) {
    public PublicInvestment {
        requireNonNull(estimatedTotal, "estimatedTotal is null");
        projectGroup = Texts.line(projectGroup, "projectGroup");
        note = Texts.line(note, "note");
    }

    public static PublicInvestment of(Vnd estimatedTotal, String projectGroup) {
        return new PublicInvestment(estimatedTotal, Optional.ofNullable(projectGroup), Optional.empty());
    }
}
