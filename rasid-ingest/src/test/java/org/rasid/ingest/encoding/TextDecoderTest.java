package org.rasid.ingest.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

class TextDecoderTest {
    static final String ARABIC = "أعرب الجنرال مارك ميلي، رئيس أركان الجيش الأمريكي، عن قلقه من أن التنظيمات الإرهابية "
            + "مثل القاعدة وتنظيم داعش خراسان، يمكن أن تعيد بناء شبكاتها بسرعة في أفغانستان؟";

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] utf8 = ARABIC.getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(utf8, null, false, "x").text()).isEqualTo(ARABIC);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(TextDecoder.decode(bom, null, false, "x").text()).isEqualTo(ARABIC);
    }

    @Test
    void readsUtf16ByItsBom() {
        byte[] b = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16BE);
        var decoded = TextDecoder.decode(b, null, false, "x");
        assertThat(decoded.text()).isEqualTo(ARABIC);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void detectsWindows1256AndIso88596FromBareBytes() {
        var cp1256 = TextDecoder.decode(ARABIC.getBytes(Charset.forName("windows-1256")), null, false, "x");
        assertThat(cp1256.text()).isEqualTo(ARABIC);
        assertThat(cp1256.charset().name()).isEqualTo("windows-1256");
        // ISO-8859-6 has no hamza-on-alef forms beyond the basic set but covers this sentence's letters.
        String isoText = "قال وزير الخارجية ان المحادثات مستمرة، وان الاتفاق قريب.";
        var iso = TextDecoder.decode(isoText.getBytes(Charset.forName("ISO-8859-6")), null, false, "x");
        assertThat(iso.text()).isEqualTo(isoText);
    }

    @Test
    void trustsTheDeclaredOrMetaCharset() {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1256"));
        assertThat(TextDecoder.decode(bytes, null, true, "x").text()).isEqualTo(html);
        String httpEquiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><p>" + ARABIC;
        assertThat(TextDecoder.decode(httpEquiv.getBytes(Charset.forName("windows-1256")), null, true, "x").text())
                .isEqualTo(httpEquiv);
        assertThat(TextDecoder.decode(ARABIC.getBytes(Charset.forName("windows-1256")), "windows-1256", false, "x").text())
                .isEqualTo(ARABIC);
    }

    @Test
    void aMislabelledUtf8PageStaysUtf8() {
        String html = "<meta charset=\"windows-1256\"><p>" + ARABIC;
        assertThat(TextDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null, true, "x").text()).isEqualTo(html);
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorArabic() {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80); // high bytes only: no NULs or control bytes
        }
        assertThatThrownBy(() -> TextDecoder.decode(noise, null, false, "noise.txt"))
                .isInstanceOfSatisfying(RasidException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.ENCODING);
                    assertThat(e.oneLine()).startsWith("noise.txt: ");
                });
        byte[] latin1 = "Ça coûte très cher à Genève, dit-il. Éloïse répète: « où est-ce ? »".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(latin1, null, false, "fr.txt"))
                .isInstanceOfSatisfying(RasidException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ENCODING));
    }

    @Test
    void refusesBinaryContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png, null, false, "img.txt"))
                .isInstanceOfSatisfying(RasidException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BINARY));
        byte[] controls = new byte[1000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> TextDecoder.decode(controls, null, false, "c.txt"))
                .isInstanceOfSatisfying(RasidException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BINARY));
    }
}
