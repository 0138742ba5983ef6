package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, times, money and percentages: the span found in a sentence, and its normal form. */
class NumericRuleTest {

  private static ArabicEntityRecognizer recognizer;

  @BeforeAll
  static void create() {
    recognizer = new ArabicEntityRecognizer();
  }

  /** The one entity of {@code type} in {@code text}: «surface|normalized», or «none». */
  private static String check(String text, String type) {
    List<EntitySpan> spans = recognizer.recognize(text, "ar");
    Spans.assertValid(text, spans);
    List<EntitySpan> of = spans.stream().filter(s -> s.type().equals(type)).toList();
    if (of.isEmpty()) {
      return "none";
    }
    assertThat(of).hasSize(1);
    return of.get(0).text() + "|" + of.get(0).normalized();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "وقع الاتفاق في 12 مايو 2024 بالرياض; 12 مايو 2024|2024-05-12",
        "وقع الاتفاق في ١٢ مايو ٢٠٢٤ بالرياض; ١٢ مايو ٢٠٢٤|2024-05-12",
        "وقع الاتفاق في ۱۲ مايو ۲۰۲۴ بالرياض; ۱۲ مايو ۲۰۲۴|2024-05-12",
        "صدر القرار في 3 كانون الثاني 2020; 3 كانون الثاني 2020|2020-01-03",
        "تأجل الاجتماع إلى تشرين الأول المقبل; تشرين الأول المقبل|تشرين الأول المقبل",
        "انتهى الموسم في 15 ذو الحجة 1445 هـ; 15 ذو الحجة 1445 هـ|1445-12-15 هـ",
        "أعلن في ٣ رمضان ١٤٤٥ عن المسابقة; ٣ رمضان ١٤٤٥|1445-09-03 هـ",
        "ولد في ربيع الأول قبل الهجرة; ربيع الأول|ربيع الأول",
        "بني المسجد عام 570 م; 570 م|570",
        "توفي الخوارزمي نحو 232 هـ في بغداد; 232 هـ|232 هـ",
        "سقطت بغداد عام 656 هـ على يد المغول; 656 هـ|656 هـ",
        "موعد التسليم 12/05/2024 على الأكثر; 12/05/2024|2024-05-12",
        "موعد التسليم 2024-05-12 على الأكثر; 2024-05-12|2024-05-12",
        "ارتفعت الأسعار في شهر مارس 2024; مارس 2024|2024-03",
        "تأسست الشركة عام 1990 في دبي; 1990|1990",
        "ازدهرت المدينة في القرن التاسع عشر; القرن التاسع عشر|القرن التاسع عشر",
        "ويعقد الاجتماع يوم الخميس 5 سبتمبر 2024; الخميس 5 سبتمبر 2024|2024-09-05",
        "يبدأ العيد الأحد 16 حزيران/يونيو 2024; الأحد 16 حزيران/يونيو 2024|2024-06-16",
        "الموافق العاشر من ذي الحجة 1445 هـ; العاشر من ذي الحجة 1445 هـ|1445-12-10 هـ",
        "وصل الوفد الجمعة; الجمعة|الجمعة",
        "قال الخطيب في خطبة الجمعة إن الصبر مفتاح الفرج; none",
        "يمارس الرياضة كل يوم; none",
        "رفعت الحكومة سعر صفر في المعادلة; none",
        "في شهر رمضان تزدحم الأسواق; رمضان|رمضان",
      })
  void dates(String text, String expected) {
    assertThat(check(text, "DATE")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "تبدأ الجلسة الساعة الثالثة عصرا في القاعة; الساعة الثالثة عصرا",
        "تبدأ الجلسة في 10:30 صباحا; 10:30 صباحا",
        "وصل الساعة ٩:٤٥ مساءً; الساعة ٩:٤٥ مساءً",
        "يفتح المتحف الساعة العاشرة والنصف صباحا; الساعة العاشرة والنصف صباحا",
        "كانت النتيجة 3:1 لصالح الفريق; none",
      })
  void times(String text, String expected) {
    String found = check(text, "TIME");
    assertThat(found.equals("none") ? "none" : found.substring(0, found.indexOf('|')))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "بلغت قيمة الصفقة 2.5 مليار دولار أمس; 2.5 مليار دولار",
        "خصصت الوزارة ٢٥٠ ألف ريال سعودي للمشروع; ٢٥٠ ألف ريال سعودي",
        "رصدت الحكومة خمسة ملايين دينار للمدارس; خمسة ملايين دينار",
        "بيعت اللوحة بمبلغ $450 في المزاد; $450",
        "بلغ سعر البرميل 84 دولارا; 84 دولارا",
        "وصل عدد الحجاج إلى مليون و800 ألف حاج; none",
      })
  void money(String text, String expected) {
    String found = check(text, "MONEY");
    assertThat(found.equals("none") ? "none" : found.substring(0, found.indexOf('|')))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "ارتفع المؤشر 15% أمس; 15%",
        "ارتفع المؤشر ٣٠٪ أمس; ٣٠٪",
        "تراجع التضخم إلى 26.5 في المئة; 26.5 في المئة",
        "نما الاقتصاد 3 بالمئة; 3 بالمئة",
        "زادت الصادرات بنسبة عشرة في المائة; عشرة في المائة",
      })
  void percentages(String text, String expected) {
    String found = check(text, "PERCENT");
    assertThat(found.substring(0, found.indexOf('|'))).isEqualTo(expected);
  }
}
