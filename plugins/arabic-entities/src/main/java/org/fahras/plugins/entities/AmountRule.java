package org.fahras.plugins.entities;

import static org.fahras.plugins.entities.CalendarWords.CURRENCY;
import static org.fahras.plugins.entities.CalendarWords.CURRENCY_SIGN;
import static org.fahras.plugins.entities.CalendarWords.FRACTION;
import static org.fahras.plugins.entities.CalendarWords.NUMBER;
import static org.fahras.plugins.entities.CalendarWords.PERCENT_JOINED;
import static org.fahras.plugins.entities.CalendarWords.PERCENT_WORD;
import static org.fahras.plugins.entities.CalendarWords.SCALE;

import org.fahras.api.EntityType;

/**
 * Proposes amounts of money and percentages: an amount (digits, number words, scale words
 * ألف/مليون/مليار joined by و) followed by a currency, with the currency's nationality (ريال
 * سعودي), or by a sign ($، €); or by %, ٪, «في المئة» or «بالمئة». A sign or % before the
 * number counts too ($450، %5). An amount of anything else (مليون و800 ألف حاج) is no entity.
 */
final class AmountRule {

  private static final int MAX_AMOUNT = 8;

  private Analysis a;
  private Tokens t;

  void find(Analysis analysis) {
    a = analysis;
    t = analysis.tokens;
    // Every branch below needs a number, a word that may start a calendar phrase or a sign
    // before a number: the analysis lists those tokens.
    int[] starts = analysis.numericStarts();
    int count = analysis.numericStartCount();
    for (int x = 0; x < count; x++) {
      int i = starts[x];
      if (t.isNumber(i)) {
        amount(i);
      } else if (t.isWord(i)) {
        if (a.mayBeCalendar(i) && isAmountPart(i) && !isAmountPart(i - 1)) {
          amount(i);
        }
      } else if (t.is(i, '%') && t.isNumber(i + 1) && !t.spaceBefore(i + 1)) {
        a.propose(i, i + 1, 0, EntityType.PERCENT, Analysis.NUMERIC, null);
      } else if (isCurrencySign(i) && t.isNumber(i + 1)) {
        int end = amountEnd(i + 1);
        a.propose(i, end, 0, EntityType.MONEY, Analysis.NUMERIC, null);
      }
    }
  }

  /** Reads an amount from {@code i}; proposes money or a percentage when a unit follows. */
  private void amount(int i) {
    int end = amountEnd(i);
    int k = end + 1;
    if (t.is(k, '%') && !t.lineBefore(k)) {
      a.propose(i, k, a.prefix(i), EntityType.PERCENT, Analysis.NUMERIC, null);
    } else if (is(k, PERCENT_WORD) || is(k, PERCENT_JOINED)) {
      int last = k + a.calendarAt(k).length() - 1;
      a.propose(i, last, a.prefix(i), EntityType.PERCENT, Analysis.NUMERIC, null);
    } else if (is(k, CURRENCY)) {
      int last = k + a.calendarAt(k).length() - 1;
      if (isCurrencyAdjective(last + 1)) {
        last++;
      }
      a.propose(i, last, a.prefix(i), EntityType.MONEY, Analysis.NUMERIC, null);
    } else if (isCurrencySign(k) && !t.lineBefore(k)) {
      a.propose(i, k, a.prefix(i), EntityType.MONEY, Analysis.NUMERIC, null);
    } else if (end > i || t.isWord(i)) {
      // «مليون و800 ألف حاج»: an amount of something else.
      return;
    }
  }

  /** The last token of the amount starting at {@code i}. */
  private int amountEnd(int i) {
    int end = i;
    int k = i + 1;
    while (k < t.size() && k - i < MAX_AMOUNT && !t.lineBefore(k)) {
      if (t.isNumber(k) && t.isWord(k - 1) && t.formEquals(k - 1, "\u0648")) {
        end = k; // «مليون و800»: the conjunction split from its number
      } else if (t.isWord(k) && t.formEquals(k, "\u0648") && t.isNumber(k + 1)) {
        // the و of «و800» is taken with its number
      } else if (isAmountPart(k) && !(t.isNumber(k) && t.isNumber(end))) {
        end = k + (t.isWord(k) ? a.calendarAt(k).length() - 1 : 0);
        k = end + 1;
        continue;
      } else {
        break;
      }
      k++;
    }
    return end;
  }

  private boolean isAmountPart(int k) {
    PhraseTrie.Match m = k >= 0 ? a.calendarAt(k) : null;
    if (m == null) {
      return false;
    }
    int cls = m.entry().kinds();
    return CalendarWords.is(cls, SCALE) || CalendarWords.is(cls, NUMBER)
        || CalendarWords.is(cls, FRACTION);
  }

  /** ريال سعودي، دولار أمريكي: an indefinite nisba right after the currency. */
  private boolean isCurrencyAdjective(int k) {
    if (!t.isWord(k) || a.boundaryBefore(k) || a.prefix(k) > 0 || a.isDefinite(k)) {
      return false;
    }
    return a.is(k, Lexicon.NATIONALITY);
  }

  private boolean isCurrencySign(int k) {
    return t.isPunct(k) && is(k, CURRENCY_SIGN);
  }

  private boolean is(int k, int cls) {
    return a.isCalendar(k, cls);
  }
}
