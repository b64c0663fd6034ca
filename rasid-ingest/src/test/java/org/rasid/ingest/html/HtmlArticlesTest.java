package org.rasid.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Removed;

/** A made-up page with the usual chrome, in markup unlike any of the development pages. */
class HtmlArticlesTest {
    static final String P1 = "قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة، إن المحادثات مع الجانب الآخر "
            + "حققت تقدما ملموسا، وإن الطرفين اتفقا على مواصلة الحوار الأسبوع المقبل.";
    static final String P2 = "وأضاف الوزير أن الاتفاق المرتقب سيشمل ملفات التجارة والحدود والمياه، مشيرا إلى أن "
            + "اللجان الفنية ستجتمع خلال الأيام القادمة لوضع التفاصيل النهائية.";
    static final String P3 = "من جهته، رحب الأمين العام للجامعة العربية بالتقدم المحرز، داعيا جميع الأطراف إلى "
            + "الالتزام بما تم الاتفاق عليه، وتغليب لغة الحوار على لغة السلاح.";

    static final String PAGE = """
            <!doctype html><html lang="ar" dir="rtl"><head>
            <title>الوزير: تقدم في المحادثات | جريدة المثال</title>
            <meta property="og:site_name" content="جريدة المثال">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
             "headline":"الوزير: تقدم في المحادثات","datePublished":"2024-03-05T10:00:00+03:00",
             "author":{"@type":"Person","name":"سارة أحمد"}}]}</script>
            <style>.x{color:red}</style></head><body>
            <div class="top-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li><li><a href="/e">اقتصاد</a></li></ul></div>
            <div class="cookie-notice">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. موافق</div>
            <div class="wrap"><div class="col-main">
              <h1>الوزير: تقدم في المحادثات</h1>
              <div class="social-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
              <div class="story">
                <span class="date">الثلاثاء 5 مارس 2024</span>
                <p>كتب: محمد سعيد</p>
                <div class="photo"><img src="a.jpg"><div class="photo-caption">الوزير خلال المؤتمر الصحفي</div></div>
                <p>%s</p>
                <p>%s</p>
                <h2>ترحيب عربي</h2>
                <p>%s</p>
                <p><strong>اقرأ أيضا:</strong> <a href="/1">الوزير يزور العاصمة الشهر المقبل</a></p>
                <p><b>مواقف دولية متباينة</b></p>
                <p>%s</p>
              </div>
              <div class="related-news"><h3>أخبار ذات صلة</h3><ul>
                <li><a href="/2">خبر أول عن المحادثات السابقة بين الطرفين في العاصمة</a></li>
                <li><a href="/3">خبر ثان عن اللجان الفنية واجتماعاتها المقبلة في الأسبوع القادم</a></li></ul></div>
              <div id="comments"><p>تعليق من قارئ: هذا خبر جيد جدا ونتمنى أن تنجح المحادثات هذه المرة، والله الموفق.</p></div>
            </div><aside class="sidebar"><p>الأكثر قراءة اليوم في الموقع كله من الأخبار والمقالات والتقارير الخاصة، تابعونا.</p></aside></div>
            <footer><p>جميع الحقوق محفوظة لجريدة المثال 2024</p></footer>
            </body></html>
            """.formatted(P1, P2, P3, P1.replace("وزير الخارجية", "المتحدث باسم الوزارة"));

    @Test
    void extractsTitleMetadataParagraphsAndHeadings() {
        Article a = HtmlArticles.read(PAGE, "page.html", "https://example.com/a");
        assertThat(a.title()).isEqualTo("الوزير: تقدم في المحادثات");
        assertThat(a.meta().published()).isEqualTo("2024-03-05");
        assertThat(a.meta().author()).isEqualTo("سارة أحمد");
        assertThat(a.meta().url()).isEqualTo("https://example.com/a");
        assertThat(a.blocks()).extracting(Article.Block::text).containsExactly(P1, P2, "ترحيب عربي", P3,
                "مواقف دولية متباينة", P1.replace("وزير الخارجية", "المتحدث باسم الوزارة"));
        assertThat(a.blocks()).extracting(Article.Block::kind).containsExactly(Paragraph.Kind.paragraph,
                Paragraph.Kind.paragraph, Paragraph.Kind.heading, Paragraph.Kind.paragraph, Paragraph.Kind.heading,
                Paragraph.Kind.paragraph);
    }

    @Test
    void reportsChromeCutFromInsideTheBody() {
        List<Removed> removed = HtmlArticles.read(PAGE, "page.html", null).meta().removed();
        assertThat(removed).extracting(Removed::reason).contains("caption", "byline", "related-links");
        assertThat(removed).extracting(Removed::text).contains("الوزير خلال المؤتمر الصحفي");
        assertThat(removed).contains(new Removed("كتب: محمد سعيد", "byline"));
        assertThat(removed).noneMatch(r -> r.text().contains("الأكثر قراءة"));
    }

    @Test
    void aPageOfLinksHasNoArticle() {
        String front = "<html><body><ul>" + "<li><a href='/x'>عنوان خبر مهم عن الاقتصاد والسياسة في المنطقة اليوم</a></li>".repeat(30)
                + "</ul></body></html>";
        assertThatThrownBy(() -> HtmlArticles.read(front, "front.html", null))
                .isInstanceOfSatisfying(RasidException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NO_ARTICLE);
                    assertThat(e.oneLine()).startsWith("front.html: ");
                });
    }

    @Test
    void cutsTheSiteNameFromEitherEndOfTheTitle() {
        var sites = java.util.Set.of("جريدة المثال");
        assertThat(Headlines.withoutSiteName("خبر عن الاقتصاد المحلي اليوم - جريدة المثال", sites))
                .isEqualTo("خبر عن الاقتصاد المحلي اليوم");
        assertThat(Headlines.withoutSiteName("المدينة نيوز - أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا",
                java.util.Set.of())).isEqualTo("أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا");
        assertThat(Headlines.withoutSiteName("طالبان وداعش خراسان.. هل أصبحت كابول قبلة الجهاد؟ ـ القاهرة 24",
                java.util.Set.of())).isEqualTo("طالبان وداعش خراسان.. هل أصبحت كابول قبلة الجهاد؟");
    }

    @Test
    void paragraphsWrappedInDivsSplitByAnInlineBoxAreAllKept() {
        String shortPara = "وأكد المصدر صحة الخبر.";
        String page = "<html><head><title>عنوان التقرير الخاص بالمحادثات</title></head><body>"
                + "<div class='menu'><a href='/'>الرئيسية</a><a href='/x'>أخبار</a></div>"
                + "<div class='post'><div class='txt'><div>" + P1 + "</div><div>" + shortPara + "</div></div>"
                + "<div class='inline-box'><a href='/r'>عنوان خبر آخر مرتبط بالموضوع نفسه في العاصمة</a></div>"
                + "<div class='txt'><div>" + P2 + "</div><div>" + P3 + "</div></div></div>"
                + "<div class='list'><a href='/1'>خبر أول طويل العنوان عن موضوع مختلف تماما</a><a href='/2'>خبر ثان طويل العنوان</a></div>"
                + "</body></html>";
        assertThat(HtmlArticles.read(page, "p.html", null).blocks()).extracting(Article.Block::text)
                .containsExactly(P1, shortPara, P2, P3);
    }

    @Test
    void textSplitByLineBreaksIsSplitIntoParagraphs() {
        String page = "<html><body><h1>عنوان الخبر المنشور اليوم</h1><div class='box'><a href='/'>قسم</a></div>"
                + "<td>" + P1 + "<br><br>" + P2 + "<br>" + P3 + "</td></body></html>";
        assertThat(HtmlArticles.read(page, "t.html", null).blocks()).extracting(Article.Block::text).containsExactly(P1, P2, P3);
    }

    @Test
    void teasersWithSummariesInANeutralColumnStayOut() {
        String teaser = "<div class='item'><a href='/t'>عنوان خبر آخر في قسم الأكثر قراءة</a><div>ملخص قصير للخبر يشرح ما حدث "
                + "في المدينة أمس، ويعرض أبرز ما قاله المسؤولون...</div></div>";
        String page = "<html><body><div class='row'><div class='col-md-8'><h1>عنوان الخبر الرئيسي اليوم</h1>"
                + "<div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
                + "<div class='col-md-4'><h3>الأكثر قراءة</h3>" + teaser.repeat(5) + "</div></div></body></html>";
        assertThat(HtmlArticles.read(page, "n.html", null).blocks()).extracting(Article.Block::text).containsExactly(P1, P2, P3);
    }
}
