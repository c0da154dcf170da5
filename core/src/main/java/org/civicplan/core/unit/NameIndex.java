package org.civicplan.core.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;

/**
 * The directory's names by comparable key: full names, short names, aliases, abbreviated forms
 * ("so khdt") and, for districts and communes, the name without "Ủy ban nhân dân" ("huyện Đông
 * Anh"). Each unit also knows its province or city (the first place name of the unit at the top of
 * its tree), or none for central bodies.
 */
final class NameIndex {
    /**
     * A unit answering to a key; qualified when the key itself names the unit's province or city;
     * with that province or city's key (null for central bodies), as {@link #provinceOf} gives it.
     */
    record Entry(UnitCode code, boolean qualified, String province) {}

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    /** Every key and every run of its first words ("bo", "bo ke", "bo ke hoach" …), for list splitting. */
    private final java.util.Set<String> wordPrefixes = new java.util.HashSet<>();
    /** Districts and communes by their place name alone ("hoan kiem"): a bare place never resolves by itself. */
    private final Map<String, List<UnitCode>> byBarePlace = new HashMap<>();

    private int maxWords;
    private final Map<UnitCode, String> provinceByUnit = new HashMap<>();
    /** The last word of every place key: a key ending in another word names no place. */
    private final java.util.Set<String> placeLastWords = new java.util.HashSet<>();
    /** Place keys, longest first, with the province each names. */
    private final LinkedHashMap<String, String> places = new LinkedHashMap<>();

    NameIndex(UnitDirectory directory, UnitAliases aliases) {
        Map<String, String> placeToProvince = new HashMap<>();
        for (OrgUnit unit : directory.sorted()) {
            List<String> own = aliases.placesOf(unit.code());
            if (!own.isEmpty()) {
                String province = NameKeys.key(own.get(0));
                own.forEach(p -> placeToProvince.put(NameKeys.key(p), province));
            }
        }
        placeToProvince.entrySet().stream()
                .sorted(Comparator.comparingInt(
                        (Map.Entry<String, String> e) -> -e.getKey().length()))
                .forEach(e -> places.put(e.getKey(), e.getValue()));
        places.keySet().forEach(p -> placeLastWords.add(p.substring(p.lastIndexOf(' ') + 1)));
        for (OrgUnit unit : directory.sorted()) {
            List<OrgUnit> chain = directory.ancestors(unit.code());
            OrgUnit root = chain.isEmpty() ? unit : chain.get(chain.size() - 1);
            List<String> rootPlaces = aliases.placesOf(root.code());
            if (!rootPlaces.isEmpty()) {
                provinceByUnit.put(unit.code(), NameKeys.key(rootPlaces.get(0)));
            }
        }
        for (OrgUnit unit : directory.sorted()) {
            String nameKey = NameKeys.key(unit.name());
            add(unit, nameKey);
            add(unit, NameKeys.abbreviated(nameKey));
            unit.shortName().ifPresent(s -> add(unit, NameKeys.key(s)));
            aliases.aliasesOf(unit.code()).forEach(a -> add(unit, NameKeys.key(a)));
            add(unit, NameKeys.key(unit.code().value()));
            if ((unit.kind() == UnitKind.DISTRICT || unit.kind() == UnitKind.COMMUNE)
                    && nameKey.startsWith("uy ban nhan dan ")) {
                String placed = nameKey.substring("uy ban nhan dan ".length());
                add(unit, placed);
                for (String level : LEVELS) {
                    if (placed.startsWith(level) && placed.length() > level.length()) {
                        byBarePlace
                                .computeIfAbsent(placed.substring(level.length()), k -> new ArrayList<>(2))
                                .add(unit.code());
                        break;
                    }
                }
            }
        }
        runTable = new String[Integer.highestOneBit(Math.max(16, wordPrefixes.size() * 2)) * 2];
        for (String prefix : wordPrefixes) {
            int slot = prefix.hashCode() & (runTable.length - 1);
            while (runTable[slot] != null) {
                slot = (slot + 1) & (runTable.length - 1);
            }
            runTable[slot] = prefix;
        }
        placeLastWordTable = new String[Integer.highestOneBit(Math.max(16, placeLastWords.size() * 2)) * 2];
        for (String word : placeLastWords) {
            int slot = word.hashCode() & (placeLastWordTable.length - 1);
            while (placeLastWordTable[slot] != null) {
                slot = (slot + 1) & (placeLastWordTable.length - 1);
            }
            placeLastWordTable[slot] = word;
        }
    }

    /** {@link #placeLastWords} by {@link String#hashCode}, open addressing. */
    private final String[] placeLastWordTable;

    /**
     * {@link #wordPrefixes} by {@link String#hashCode}, open addressing: a run of list pieces is looked
     * up by the hash of its words joined, computed piece by piece, without building the string.
     */
    private final String[] runTable;

    /** The words for the level of a local unit, longest first where one begins another. */
    private static final List<String> LEVELS =
            List.of("thanh pho ", "thi xa ", "thi tran ", "dac khu ", "quan ", "huyen ", "phuong ", "xa ");

    private void add(OrgUnit unit, String key) {
        if (key.isEmpty()) {
            return;
        }
        String province = provinceByUnit.get(unit.code());
        if (province != null) {
            // "Viện … Thành phố Hồ Chí Minh" is also found as "Viện … TP.HCM": the place is matched apart
            for (Map.Entry<String, String> place : places.entrySet()) {
                String tail = " " + place.getKey();
                if (place.getValue().equals(province) && key.endsWith(tail) && key.length() > tail.length()) {
                    addOnce(unit, key.substring(0, key.length() - tail.length()));
                    break;
                }
            }
        }
        addOnce(unit, key);
    }

    private void addOnce(OrgUnit unit, String key) {
        maxWords = Math.max(maxWords, key.split(" ").length);
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            wordPrefixes.add(key.substring(0, space));
        }
        wordPrefixes.add(key);
        List<Entry> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (entries.stream().noneMatch(e -> e.code().equals(unit.code()))) {
            String province = provinceByUnit.get(unit.code());
            entries.add(new Entry(unit.code(), names(key, province), province));
        }
    }

    private boolean names(String key, String province) {
        if (province == null) {
            return false;
        }
        String padded = " " + key + " ";
        for (Map.Entry<String, String> place : places.entrySet()) {
            if (place.getValue().equals(province) && padded.contains(" " + place.getKey() + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The most words any key has. */
    int maxWords() {
        return maxWords;
    }

    /** Whether {@code words} is a key or the first words of one: a longer run of words may still name a unit. */
    boolean beginsAKey(String words) {
        return wordPrefixes.contains(words);
    }

    /**
     * What {@link #beginsAKey} tells of the words {@code head} (when not empty) and the non-empty
     * {@code keys[from..to]}, joined by single spaces, given {@code hash}, that joined string's {@link
     * String#hashCode}: the index's own string for those words when they begin a key, else null.
     */
    String beginsAKey(int hash, String head, String[] keys, int from, int to) {
        int mask = runTable.length - 1;
        for (int slot = hash & mask; runTable[slot] != null; slot = (slot + 1) & mask) {
            String stored = runTable[slot];
            if (stored.hashCode() == hash && spells(stored, head, keys, from, to)) {
                return stored;
            }
        }
        return null;
    }

    /** Whether {@code stored} is {@code head} and the non-empty {@code keys[from..to]} joined by spaces. */
    static boolean spells(String stored, String head, String[] keys, int from, int to) {
        int at = 0;
        if (!head.isEmpty()) {
            if (!stored.startsWith(head)) {
                return false;
            }
            at = head.length();
        }
        for (int k = from; k <= to; k++) {
            String key = keys[k];
            if (key.isEmpty()) {
                continue;
            }
            if (at > 0) {
                if (at >= stored.length() || stored.charAt(at) != ' ') {
                    return false;
                }
                at++;
            }
            if (!stored.startsWith(key, at)) {
                return false;
            }
            at += key.length();
        }
        return at == stored.length();
    }

    List<Entry> get(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The districts and communes whose place name alone is {@code key} ("hoan kiem"), in directory order. */
    List<UnitCode> barePlace(String key) {
        return byBarePlace.getOrDefault(key, List.of());
    }

    /** The province or city key of a unit, empty for central bodies and unknown codes. */
    Optional<String> provinceOf(UnitCode code) {
        return Optional.ofNullable(provinceByUnit.get(code));
    }

    /** Whether {@code key}'s last word ends some place key, so the key may end in a place. */
    boolean mayEndInPlace(String key) {
        // the last word looked up in place by its hash: no substring for the many keys that end in no place
        int from = key.lastIndexOf(' ') + 1;
        int n = key.length();
        int hash = 0;
        for (int i = from; i < n; i++) {
            hash = 31 * hash + key.charAt(i);
        }
        String[] table = placeLastWordTable;
        int mask = table.length - 1;
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String word = table[slot];
            if (word.length() == n - from && word.hashCode() == hash && key.regionMatches(from, word, 0, n - from)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mayEndInPlace} by the last word cut out and looked up in the set, as it first did. */
    boolean mayEndInPlaceBySubstring(String key) {
        return placeLastWords.contains(key.substring(key.lastIndexOf(' ') + 1));
    }

    /** The province or city a place key names ("ha noi", "thanh pho ha noi"), or null. */
    String provinceOfPlace(String placeKey) {
        return places.get(placeKey);
    }

    /** Place keys, longest first, each with the province or city it names. */
    Map<String, String> places() {
        return places;
    }
}
