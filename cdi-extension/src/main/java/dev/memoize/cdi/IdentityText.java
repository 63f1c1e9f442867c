package dev.memoize.cdi;

import java.util.regex.Pattern;

/**
 * Recognises a {@code toString()} that shows an identity hash code, so that it never becomes a key (rule 16 of
 * {@link DefaultKeyStrategy}). Two live objects can share an identity hash, and a new object can get the hash of
 * a dead one, so such a text names no value. The rule flags a text that
 * <ul>
 *   <li>contains {@code @} followed by the object's own identity hash code in hex, lower or upper case, plain or
 *       zero-padded to eight digits ({@code "Handle:" + super.toString()},
 *       {@code getClass().getName() + "@" + Integer.toHexString(hashCode())}, {@code String.format("%08X", ...)});</li>
 *   <li>or contains that hash code in any of those forms or in decimal, four or more characters long, as a whole word (between
 *       characters that are neither letters nor digits): {@code "Session#" + System.identityHashCode(this)};</li>
 *   <li>or contains the text {@link Object#toString()} gives any object: a class name's last character (a letter,
 *       a digit, {@code $}, {@code _} or the {@code ;} of an array name), {@code @}, one to eight lowercase hex
 *       digits, and then neither a letter, digit, {@code $} or {@code _}, nor a {@code .} or {@code -} followed by
 *       a letter or digit. So {@code com.acme.Inner@6d06d69c}, {@code [I@1b2c},
 *       {@code [Ljava.lang.String;@4e427c07}, {@code Foo$$Lambda$14/0x0000000800c03000@5e9f23b4} (also inside
 *       brackets, before a comma or at the end of a sentence) are flagged, and e-mail addresses such as
 *       {@code john.doe@cafe.com} or {@code jane@example.org} are not.</li>
 * </ul>
 * A false positive costs an unmemoized call; a false negative could serve a wrong result, so the rule leans
 * towards flagging: {@code ping a@b} is flagged. A text that shows another object's identity in some other way
 * (its hash in decimal, say) is not recognised: such a class needs a {@code toString()} of its content or a
 * {@link dev.memoize.KeyStrategy}.
 */
final class IdentityText {

    private static final Pattern OBJECT_TO_STRING =
            Pattern.compile("[\\p{L}\\p{N}$_;]@[0-9a-f]{1,8}(?![\\p{L}\\p{N}$_]|[.\\-][\\p{L}\\p{N}])");

    private static final int SHORTEST_WORD = 4;

    private IdentityText() {
    }

    /** Whether {@code text}, the {@code toString()} of {@code value}, shows an identity hash code. */
    static boolean showsIdentity(Object value, String text) {
        int hash = System.identityHashCode(value);
        String hex = Integer.toHexString(hash);
        String padded = String.format("%08x", hash);
        boolean at = text.indexOf('@') >= 0;
        for (String form : new String[] {hex, hex.toUpperCase(java.util.Locale.ROOT), padded,
                padded.toUpperCase(java.util.Locale.ROOT)}) {
            if (at && text.contains("@" + form) || containsWord(text, form)) {
                return true;
            }
        }
        if (containsWord(text, Integer.toString(hash))) {
            return true;
        }
        return at && OBJECT_TO_STRING.matcher(text).find();
    }

    private static boolean containsWord(String text, String word) {
        if (word.length() < SHORTEST_WORD) {
            return false;
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsAWord = at == 0 || !isLetterOrDigit(text.charAt(at - 1));
            if (startsAWord && (end == text.length() || !isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
