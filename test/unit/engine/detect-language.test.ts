/**
 * Language detection: our own sentences per language, the declared language as a hint only, and
 * every corpus article (when ../shared/corpus is present) detected as its label says.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../../engine/language/detect-language';
import { hasCorpus, readCorpusPage, readLabels } from '../corpus';

describe('detectLanguage', () => {
  test.each([
    { lang: 'en', text: 'The city council said its payment systems were hit by ransomware on Tuesday and remain offline.' },
    { lang: 'en', text: 'Royal Mail (皇家邮政) said the cyber incident disrupted its international export services.' },
    { lang: 'zh', text: '据报道，某市人民医院周三遭勒索软件攻击，门诊挂号系统中断，目前警方已介入调查。' },
    { lang: 'zh', text: '微软表示，Microsoft 365、Azure AD 和 Outlook 在周三出现中断，LockBit 和 BlackCat 均未声称负责。' },
    { lang: 'zh', text: '網路攻擊導致該公司的伺服器全部停擺，客戶資料可能已經外洩。' },
    { lang: 'ja', text: 'ランサムウェア攻撃により、病院の電子カルテシステムが停止しました。' },
    { lang: 'ko', text: '랜섬웨어 공격으로 병원의 전산 시스템이 중단되었습니다.' },
    { lang: 'ru', text: 'Хакеры атаковали сайт министерства обороны в понедельник.' },
    { lang: 'de', text: 'Der Angriff auf die Stadtverwaltung wurde am Montag entdeckt und ist noch nicht behoben.' },
    { lang: 'fr', text: "L'attaque contre la mairie a été découverte lundi et les services sont toujours perturbés." },
    { lang: 'es', text: 'El ataque contra el ayuntamiento fue descubierto el lunes y los servicios siguen afectados, según la policía.' },
  ])('$lang: $text', ({ lang, text }) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('the text decides over the declared language', () => {
    expect(detectLanguage('据报道，该公司的服务器遭到入侵，大量用户数据被盗。', 'en')).toBe('zh');
    expect(detectLanguage('Attackers stole the data of millions of customers, the company said.', 'zh-CN')).toBe('en');
  });

  test.each([
    { text: '', declared: null, lang: 'und' },
    { text: '   ', declared: undefined, lang: 'und' },
    { text: '2023-01-12 12:00', declared: 'zh-CN', lang: 'zh' },
    { text: '!!! 123', declared: 'EN_us', lang: 'en' },
    { text: '!!! 123', declared: 'not a language tag', lang: 'und' },
  ])('too little text: the declared language, else "und" ($text / $declared)', ({ text, declared, lang }) => {
    expect(detectLanguage(text, declared)).toBe(lang);
  });

  test('only the first 5,000 characters are sampled', () => {
    const english = 'The attackers encrypted the servers and demanded a ransom. '.repeat(100);
    expect(detectLanguage(english + '攻击者加密了服务器并索要赎金。'.repeat(2000))).toBe('en');
  });

  test('never throws and always answers a short lower-case tag', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 12 })), (text, declared) => {
        expect(detectLanguage(text, declared)).toMatch(/^[a-z]{2,3}$/u);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasCorpus)('corpus (../shared/corpus)', () => {
  test('every article is detected as its labelled language', () => {
    const wrong: string[] = [];
    for (const label of readLabels()) {
      const article = readCorpusPage(label)!;
      const lang = detectLanguage(article.text, article.declaredLang);
      if (lang !== label.lang) wrong.push(`${label.id}: ${lang}`);
    }
    expect(wrong).toEqual([]);
  });
});
