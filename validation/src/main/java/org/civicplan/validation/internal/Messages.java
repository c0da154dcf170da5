package org.civicplan.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.validation.Rule;

/**
 * Formats rule messages from {@code ContributorValidationMessages} (English, the base bundle) and
 * {@code ContributorValidationMessages_vi}, the same bundles Hibernate Validator interpolates.
 *
 * <p>Substitution is one pass over the template: <code>{name}</code> becomes the parameter's text,
 * <code>\{</code> an open brace; inserted values are never scanned again, and there is no expression
 * language, so user data in a parameter cannot become part of a template.
 */
public final class Messages {
    public static final String BUNDLE = "ContributorValidationMessages";

    private final ResourceBundle vi;
    private final ResourceBundle en;
    /** Per rule (by ordinal), its template in each language: a check formats many findings. */
    private final String[] viTemplates;

    private final String[] enTemplates;

    public Messages() {
        // no fallback to the JVM's default locale: "en" must mean the base bundle even on a Vietnamese desktop
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ClassLoader loader = Messages.class.getClassLoader();
        this.vi = ResourceBundle.getBundle(BUNDLE, Lang.VI.locale(), loader, control);
        this.en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, loader, control);
        Rule[] rules = Rule.values();
        this.viTemplates = new String[rules.length];
        this.enTemplates = new String[rules.length];
        for (Rule rule : rules) {
            viTemplates[rule.ordinal()] = template(vi, rule.messageKey());
            enTemplates[rule.ordinal()] = template(en, rule.messageKey());
        }
    }

    public Message format(Rule rule, Map<String, String> params) {
        String viTemplate = viTemplates[rule.ordinal()];
        String enTemplate = enTemplates[rule.ordinal()];
        return Message.of(
                viTemplate == null ? rule.messageKey() : substitute(viTemplate, params),
                enTemplate == null ? rule.messageKey() : substitute(enTemplate, params));
    }

    /** The message of {@code key} in {@code lang}; a missing key yields the key itself, never an exception. */
    public String format(String key, Lang lang, Map<String, String> params) {
        String template;
        try {
            template = lang.pick(vi, en).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return substitute(template, params);
    }

    private static String template(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static String substitute(String template, Map<String, String> params) {
        int length = template.length();
        int i = special(template, 0);
        if (i == length) {
            return template;
        }
        StringBuilder out = new StringBuilder(length + 32);
        int copied = 0;
        while (i < length) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < length) {
                out.append(template, copied, i).append(template.charAt(i + 1));
                copied = i + 2;
                i = special(template, copied);
                continue;
            }
            if (c == '{') {
                int close = template.indexOf('}', i + 1);
                if (close >= 0) {
                    String name = template.substring(i + 1, close);
                    String value = params.get(name);
                    if (value != null || params.containsKey(name)) {
                        out.append(template, copied, i).append(value);
                        copied = close + 1;
                        i = special(template, copied);
                        continue;
                    }
                }
            }
            // a lone brace or a trailing backslash is text
            i = special(template, i + 1);
        }
        return out.append(template, copied, length).toString();
    }

    /** The index of the next backslash or open brace from {@code from}, or the length. */
    private static int special(String template, int from) {
        for (int i = from; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' || c == '{') {
                return i;
            }
        }
        return template.length();
    }
}
