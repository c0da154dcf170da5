package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void unsafeCharactersAreEncoded() {
        assertThat(FileNames.encode("07-CTr/TU")).isEqualTo("07-CTr%2FTU");
        assertThat(FileNames.encode("KH-186")).isEqualTo("KH-186");
        assertThat(FileNames.encode("..")).isEqualTo("%2E.");
        assertThat(FileNames.encode(".hidden")).isEqualTo("%2Ehidden");
        assertThat(FileNames.encode("a b\\c:d")).isEqualTo("a%20b%5Cc%3Ad");
        assertThat(FileNames.encode("Sở")).isEqualTo("S%E1%BB%9F");
        assertThat(FileNames.encode("100%")).isEqualTo("100%25");
    }

    @Test
    void longNamesAreShortenedAndStayDistinct() {
        String a = "Kế hoạch số 186/KH-UBND về đổi mới sáng tạo của Thành phố Hà Nội, phần một";
        String b = "Kế hoạch số 186/KH-UBND về đổi mới sáng tạo của Thành phố Hà Nội, phần hai";
        assertThat(FileNames.encode(a)).hasSizeLessThanOrEqualTo(120).isNotEqualTo(FileNames.encode(b));
    }

    @Test
    void distinctIdsGiveDistinctNames() {
        Set<String> names = new HashSet<>();
        for (String id : List.of("a/b", "a%2Fb", "a_b", "a-b", "a.b", "a b", "a+b")) {
            assertThat(names.add(FileNames.encode(id))).as(id).isTrue();
        }
    }
}
