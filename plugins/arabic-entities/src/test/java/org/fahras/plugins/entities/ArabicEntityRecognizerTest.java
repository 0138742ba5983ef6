package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.api.EntityRecognizer.UserEntity;
import org.fahras.api.EntityType;
import org.fahras.api.PluginOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArabicEntityRecognizerTest {

  private static ArabicEntityRecognizer recognizer;

  @BeforeAll
  static void create() {
    recognizer = new ArabicEntityRecognizer();
  }

  private static List<String> entities(String text) {
    List<EntitySpan> spans = recognizer.recognize(text, "ar");
    Spans.assertValid(text, spans);
    return Spans.describe(spans);
  }

  private static EntitySpan only(String text, String type) {
    List<EntitySpan> spans =
        recognizer.recognize(text, "ar").stream().filter(s -> s.type().equals(type)).toList();
    assertThat(spans).hasSize(1);
    return spans.get(0);
  }

  @Test
  void personAfterATitleAndNationalityLeavesTheTitleOut() {
    assertThat(entities("قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستدعم الاتفاق."))
        .contains("PERSON:إيمانويل ماكرون");
  }

  @Test
  void personAfterALongQualifierOfTheTitle() {
    assertThat(entities("وقالت وكيلة وزارة الخارجية لشؤون الحد من التسلح ماريا لوبيز إن"))
        .contains("PERSON:ماريا لوبيز", "ORGANIZATION:وزارة الخارجية");
  }

  @Test
  void nameChainsWithBinAbdAndAal() {
    assertThat(entities("استقبل الملك سلمان بن عبد العزيز الشيخ حمد بن عيسى آل خليفة في جدة."))
        .contains("PERSON:سلمان بن عبد العزيز", "PERSON:حمد بن عيسى آل خليفة", "LOCATION:جدة");
  }

  @Test
  void knownFirstNameOpensANameWithoutTitle() {
    assertThat(entities("وكان يوسف القرشي قد غادر المدينة قبل أيام."))
        .contains("PERSON:يوسف القرشي");
  }

  @Test
  void firstNameThatIsACommonWordNeedsContext() {
    assertThat(entities("يعيش الناس على أمل كبير في تحسن الأوضاع."))
        .noneMatch(e -> e.startsWith("PERSON"));
    assertThat(entities("وقالت الدكتورة أمل إن النتائج مشجعة.")).contains("PERSON:أمل");
  }

  @Test
  void verbAfterATitleIsNoName() {
    assertThat(entities("قال الرئيس الأمريكي يزور المنطقة الأسبوع المقبل."))
        .noneMatch(e -> e.startsWith("PERSON"));
  }

  @Test
  void wordsThatAreTitlesOnlyInContextNameNobody() {
    assertThat(entities("والله ولي التوفيق")).noneMatch(e -> e.startsWith("PERSON"));
    assertThat(entities("من أكثر مناطق العالم شحًّا في المياه")).noneMatch(e -> e.startsWith("PERSON"));
    assertThat(entities("استقبل ولي العهد الأمير الحسين بن عبدالله الوفد"))
        .contains("PERSON:الحسين بن عبدالله");
  }

  @Test
  void abstractNounAfterATitleIsNoName() {
    assertThat(entities("أكد رئيس مجلس النواب أهمية التعاون بين السلطات."))
        .noneMatch(e -> e.startsWith("PERSON"));
  }

  @Test
  void mauritanianWaladJoinsTwoNamesButIsAVerbElsewhere() {
    assertThat(entities("وقع محمد ولد الغزواني مرسوما")).contains("PERSON:محمد ولد الغزواني");
    assertThat(entities("ولد محمد في القاهرة عام 1950")).contains("PERSON:محمد");
  }

  @Test
  void titleInsideAFamilyNameOpensNoSecondName() {
    assertThat(entities("افتتحت الشيخة مي بنت محمد آل خليفة معرضا للفنون"))
        .containsExactly("PERSON:مي بنت محمد آل خليفة");
  }

  @Test
  void cliticsStayOutsideTheSpanAndTheNormalizedForm() {
    String text = "سافر الوفد إلى بغداد ولبنان وبالقاهرة.";
    assertThat(entities(text))
        .containsExactly("LOCATION:بغداد", "LOCATION:لبنان", "LOCATION:القاهرة");
    EntitySpan cairo = only("وصل وبالقاهرة", EntityType.LOCATION);
    assertThat(cairo.text()).isEqualTo("القاهرة");
    assertThat(cairo.normalized()).isEqualTo("القاهرة");
  }

  @Test
  void lamLamKeepsTheArticleInTheNormalizedForm() {
    EntitySpan un = only("وجه الأمين العام للأمم المتحدة نداء", EntityType.ORGANIZATION);
    assertThat(un.text()).isEqualTo("لأمم المتحدة");
    assertThat(un.normalized()).isEqualTo("الأمم المتحدة");
  }

  @Test
  void organisationHeadTakesItsGenitiveChainAndAdjectives() {
    assertThat(entities("أعلنت الهيئة العامة للأرصاد الجوية أن الحرارة سترتفع."))
        .contains("ORGANIZATION:الهيئة العامة للأرصاد الجوية");
    assertThat(entities("وقالت وزارة التربية والتعليم في بيان إن"))
        .contains("ORGANIZATION:وزارة التربية والتعليم");
  }

  @Test
  void organisationStopsAtATrailingAdjectiveAndAVerb() {
    assertThat(entities("وقعت وزارة الصحة الجديدة اتفاقا"))
        .contains("ORGANIZATION:وزارة الصحة");
  }

  @Test
  void organisationStopsAtAPrepositionOtherThanLam() {
    assertThat(entities("وصل الجرحى إلى مستشفى الشفاء بمدينة غزة"))
        .contains("ORGANIZATION:مستشفى الشفاء", "LOCATION:غزة");
  }

  @Test
  void companyHeadTakesAForeignName() {
    assertThat(entities("وقعت شركة سيمنز الألمانية عقدا")).contains("ORGANIZATION:شركة سيمنز الألمانية");
  }

  @Test
  void placeHeadsInsideAndOutsideTheSpan() {
    assertThat(entities("يمر نهر النيل بمدينة أسوان وتقع قرية كفر عزام قربها."))
        .contains("LOCATION:نهر النيل", "LOCATION:أسوان", "LOCATION:كفر عزام");
  }

  @Test
  void tashkeelAndTatweelDoNotHideNames() {
    String text = "زَارَ الرَّئِيسُ المِصْرِيُّ القاهـــرةَ وبَغْدَادَ";
    List<EntitySpan> spans = recognizer.recognize(text, "ar");
    Spans.assertValid(text, spans);
    assertThat(spans).extracting(EntitySpan::normalized).contains("القاهرة", "بغداد");
    assertThat(spans).extracting(EntitySpan::text).contains("القاهـــرةَ", "بَغْدَادَ");
  }

  @Test
  void windowsLineEndingsKeepOffsetsExact() {
    String text = "وصل الرئيس السوري إلى موسكو.\r\n\r\nوفي 12/05/2024 التقى الرئيس فلاديمير بوتين.\r\n";
    List<String> found = entities(text);
    assertThat(found).contains("LOCATION:موسكو", "DATE:12/05/2024", "PERSON:فلاديمير بوتين");
  }

  @Test
  void nameWrappedOverOneLineBreakIsOneEntity() {
    assertThat(entities("أعلنت كوريا\nالجنوبية أمس")).contains("LOCATION:كوريا الجنوبية");
    assertThat(entities("زار كوريا\n\nالجنوبية")).doesNotContain("LOCATION:كوريا الجنوبية");
  }

  @Test
  void aSpeakerNamedAfterAVerbOfSayingIsAPerson() {
    assertThat(entities("وقال بلير إن الحكومة ستقدم خطة جديدة.")).contains("PERSON:بلير");
    assertThat(entities("وقالت كوندوليزا رايس في مؤتمر صحفي إن المحادثات مثمرة."))
        .contains("PERSON:كوندوليزا رايس");
    assertThat(entities("وأضاف إيهود أولمرت، في كلمة أمام الكنيست، أن الحكومة باقية."))
        .contains("PERSON:إيهود أولمرت");
    // After a first name, a part shaped like a verb (نجاد) is still the name's.
    assertThat(entities("أشار محمود أحمدي نجاد إلى أن المفاوضات مستمرة."))
        .contains("PERSON:محمود أحمدي نجاد");
    // علي is also على: before another part it opens the name.
    assertThat(entities("وقال علي لاريجاني إن الحوار ممكن.")).contains("PERSON:علي لاريجاني");
    // The present, as features use it.
    assertThat(entities("ويقول ستيفن والت إن السياسة فشلت.")).contains("PERSON:ستيفن والت");
  }

  @Test
  void commonSubjectsOfVerbsOfSayingAreNoPersons() {
    assertNoEntityOfType(
        "PERSON",
        List.of(
            "وقال مصدر إن الانفجار وقع صباحا.",
            "وقالت مصادر مطلعة إن الاتفاق قريب.",
            "وقال شهود عيان إن القصف استمر ساعات.",
            "وقال مسؤولون إن الحصيلة مرشحة للارتفاع.",
            "وقال نقاد إن الفيلم ضعيف، وقال أقارب الضحايا إن التحقيق بطيء.",
            "وأكدت دراسة أن البطالة ارتفعت.",
            "وقال سابقا إن الأمر محسوم.",
            "وقال إنه لن يترشح، وأضاف أنه متمسك بموقفه.",
            "وشدد على أهمية الحوار، وأكد على أن الحل سياسي.",
            // Scripture and classical text, vocalised: its speakers come from the lists.
            "قَالَ رَبُّكَ إِنِّي جَاعِلٌ فِي الْأَرْضِ",
            "قَالَ ٱئْتُونِي بِأَخٍ لَّكُم مِّنْ أَبِيكُمْ"));
  }

  /** Asserts that the recogniser finds no entity of {@code type} in any of {@code texts}. */
  private static void assertNoEntityOfType(String type, List<String> texts) {
    for (String text : texts) {
      assertThat(entities(text)).as(text).noneMatch(e -> e.startsWith(type + ":"));
    }
  }

  @Test
  void aKnownPersonsNameEndsWhereTheListEndsIt() {
    // هوغو opens a name; «أمم» (nationalised) is no part of the listed هوغو تشافيز.
    assertThat(entities("وقالت وسائل إعلام محلية إن هوغو تشافيز أمم شركات النفط."))
        .contains("PERSON:هوغو تشافيز")
        .doesNotContain("PERSON:هوغو تشافيز أمم");
  }

  @Test
  void anOrganisationNamedAfterAPlaceTakesOnlyAdjectivesAfterIt() {
    assertThat(entities("أعلن نادي برشلونة التعاقد مع المهاجم الجديد."))
        .contains("ORGANIZATION:نادي برشلونة")
        .doesNotContain("ORGANIZATION:نادي برشلونة التعاقد");
    assertThat(entities("افتتح بنك قطر الوطني فرعا جديدا.")).contains("ORGANIZATION:بنك قطر الوطني");
  }

  @Test
  void aHeadThatIsAlsoACommonNounNeedsMoreThanAPlainNounAfterIt() {
    assertNoEntityOfType(
        "ORGANIZATION",
        List.of(
            "ازدهرت حركة الترجمة في بغداد.",
            "نقلت المخطوطة إلى غرفة العزل.",
            "فحصنا مجموعة المخطوطات المهداة إلى المكتبة.",
            "أرسل قسم الحفظ تقريره."));
    assertThat(entities("زار وفد من غرفة تجارة دبي العاصمة."))
        .anyMatch(e -> e.startsWith("ORGANIZATION:غرفة تجارة دبي"));
    assertThat(entities("أعلنت لجنة الانتخابات المركزية النتائج."))
        .contains("ORGANIZATION:لجنة الانتخابات المركزية");
  }

  @Test
  void aFirstNameSpelledLikeACommonWordNeedsASecondNamePart() {
    // الآن (now) and آلان (Alan) fold alike.
    assertThat(entities("أنهينا حتى الآن مسح المخطوطات، والعمل مستمر حتى الآن."))
        .noneMatch(e -> e.startsWith("PERSON:"));
    // After a title, a department (قسم) is skipped and the name read after it.
    assertThat(entities("وقالت رئيسة قسم الحفظ هالة يوسف الأيوبي إن العمل مستمر."))
        .contains("PERSON:هالة يوسف الأيوبي")
        .noneMatch(e -> e.contains("قسم"));
  }

  @Test
  void onlyTheUsualPortfoliosNameTheirMinistryBeforeANationality() {
    assertThat(entities("وقالت الخارجية الأمريكية إن الاتفاق قريب."))
        .contains("ORGANIZATION:الخارجية الأمريكية");
    assertThat(entities("وتوقع أن ينمو الاقتصاد البريطاني ببطء، وأن تتحسن المصلحة الوطنية."))
        .noneMatch(e -> e.startsWith("ORGANIZATION:"));
  }

  @Test
  void aFirstNameThatIsAKnownPlaceOpensANameOnlyBeforeANamePart() {
    assertThat(entities("وقالت رايس إن واشنطن تدعم جهود الوساطة."))
        .contains("LOCATION:واشنطن")
        .doesNotContain("PERSON:واشنطن تدعم");
  }

  @Test
  void aNameFoundOnceIsFoundAgainIncludingTheFamilyNameAlone() {
    List<EntitySpan> spans =
        recognizer.recognize(
            "قال المتحدث باسم الشرطة ماركو بيليني إن التحقيق مستمر. وأضاف بيليني أن ماركو بيليني سيعقد مؤتمرا.",
            "ar");
    assertThat(spans)
        .filteredOn(s -> s.type().equals(EntityType.PERSON))
        .extracting(EntitySpan::text, EntitySpan::normalized)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ماركو بيليني", "ماركو بيليني"),
            org.assertj.core.groups.Tuple.tuple("بيليني", "ماركو بيليني"),
            org.assertj.core.groups.Tuple.tuple("ماركو بيليني", "ماركو بيليني"));
  }

  @Test
  void aPlaceFoundAfterAHeadIsFoundAgainOnlyWhenItIsNoCommonWord() {
    assertThat(entities("وصل الوفد إلى مدينة تلكيف. وتقع تلكيف شمال الموصل."))
        .containsExactly("LOCATION:تلكيف", "LOCATION:تلكيف", "LOCATION:الموصل");
    // Whatever the head makes of «منطقة الصراع», the second «الصراع» stays a common word.
    List<EntitySpan> spans =
        recognizer.recognize("اشتد القتال في منطقة الصراع. ويخشى السكان أن يطول الصراع.", "ar");
    assertThat(spans).noneMatch(s -> s.start() > 30);
  }

  @Test
  void userEntitiesAreFoundWithCliticsAndReplaceEarlierOnes() {
    ArabicEntityRecognizer r = new ArabicEntityRecognizer();
    r.userEntities(List.of(new UserEntity("مكتبة النور الزرقاء", "organization")));
    String text = "زرنا ولمكتبة النور الزرقاء فروع كثيرة";
    EntitySpan s = r.recognize(text, "ar").get(0);
    assertThat(s.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(s.text()).isEqualTo("مكتبة النور الزرقاء");
    r.userEntities(List.of(new UserEntity("زرنا", "PROJECT")));
    assertThat(Spans.describe(r.recognize(text, "ar"))).containsExactly("PROJECT:زرنا");
    r.userEntities(List.of());
    assertThat(r.recognize(text, "ar")).isEmpty();
  }

  @Test
  void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
    List<AnnotatedText> docs = AnnotatedText.load("dev-set.txt");
    List<List<EntitySpan>> expected = docs.stream().map(d -> recognizer.recognize(d.text(), "ar")).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (int k = 0; k < docs.size(); k++) {
          int doc = k;
          results.add(pool.submit(
              () -> recognizer.recognize(docs.get(doc).text(), "ar").equals(expected.get(doc))));
        }
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyAndNullTextGiveNoEntities() {
    assertThat(recognizer.recognize("", "ar")).isEmpty();
    assertThat(recognizer.recognize(null, null)).isEmpty();
    assertThat(recognizer.recognize("   \n\r\n  ", "ar")).isEmpty();
  }

  @Test
  void optionsSwitchNumbersOffAndRejectBadValues() {
    ArabicEntityRecognizer r = new ArabicEntityRecognizer();
    assertThat(r.options()).extracting(PluginOption::key)
        .containsExactly("icuNames", "numeric", "consistency");
    String text = "في 3 يناير 2020 زار الوزير باريس";
    assertThat(Spans.describe(r.recognize(text, "ar"))).contains("DATE:3 يناير 2020");
    r.configure(Map.of("numeric", "false"));
    assertThat(Spans.describe(r.recognize(text, "ar"))).containsExactly("LOCATION:باريس");
    assertThatThrownBy(() -> r.configure(Map.of("numeric", "yes")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Spans.describe(r.recognize(text, "ar"))).containsExactly("LOCATION:باريس");
  }

  @Test
  void icuNamesCanBeSwitchedOff() {
    ArabicEntityRecognizer r = new ArabicEntityRecognizer();
    // Honolulu is in ICU's Arabic time-zone cities, not in the plugin's own list.
    String text = "هبطت الطائرة في هونولولو";
    assertThat(Spans.describe(r.recognize(text, "ar"))).contains("LOCATION:هونولولو");
    r.configure(Map.of("icuNames", "false"));
    assertThat(Spans.describe(r.recognize(text, "ar"))).doesNotContain("LOCATION:هونولولو");
  }

  @Test
  void declaresItsTypes() {
    assertThat(recognizer.types())
        .containsExactlyInAnyOrder("PERSON", "LOCATION", "ORGANIZATION", "DATE", "TIME", "MONEY",
            "PERCENT");
    assertThat(recognizer.id()).isEqualTo("arabic-entities");
  }

  @Test
  void latinWordsAfterAnArabicTitleAreNotAName() {
    String text = "- hamza on different seats (مسؤول in the lease, المسئول in the seed)\n"
        + "The seed article and the lease were written for the corpus; the seed names officials.";
    assertThat(entities(text)).noneMatch(e -> e.startsWith("PERSON:"));
  }
}
