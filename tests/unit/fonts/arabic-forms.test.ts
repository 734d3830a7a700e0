import { describe, expect, it } from 'vitest';
import { isArabicMark, presentationForms } from '../../../integrations/lib/fonts/arabic-forms.ts';

const hex = (codePoints: number[]) => codePoints.map((cp) => cp.toString(16).toUpperCase());

describe('presentationForms', () => {
  it('gives a letter that joins both sides its initial, medial and final forms', () => {
    // بيت: beh initial, yeh medial, teh final.
    expect(hex(presentationForms('بيت'))).toEqual(['FE91', 'FEF4', 'FE96']);
  });

  it('ends the joining after a letter that joins only the letter before it', () => {
    // دار: dal joins nothing after it, so alef and reh stand alone too.
    expect(hex(presentationForms('دار'))).toEqual(['FEA9', 'FE8D', 'FEAD']);
    // باب: beh initial, alef final, then a new isolated beh.
    expect(hex(presentationForms('باب'))).toEqual(['FE91', 'FE8E', 'FE8F']);
  });

  it('keeps hamza isolated and lets a letter after it start again', () => {
    expect(hex(presentationForms('ءب'))).toEqual(['FE80', 'FE8F']);
  });

  it('numbers the forms through to the last letter of the block (yeh)', () => {
    expect(hex(presentationForms('ييي'))).toEqual(['FEF3', 'FEF4', 'FEF2']);
  });

  it('sets lam followed by alef as the one ligature, isolated or final', () => {
    expect(hex(presentationForms('لا'))).toEqual(['FEFB']);
    // سلام: seen initial, lam-alef final, meem isolated (alef joins nothing after it).
    expect(hex(presentationForms('سلام'))).toEqual(['FEB3', 'FEFC', 'FEE1']);
    expect(hex(presentationForms('لأ'))).toEqual(['FEF7']);
  });

  it('joins across marks and keeps them, in place', () => {
    // بَت: the fatha sits between beh and teh without breaking their join.
    expect(hex(presentationForms('بَت'))).toEqual(['FE91', '64E', 'FE96']);
    expect(isArabicMark(0x064e)).toBe(true);
    expect(isArabicMark(0x0628)).toBe(false);
  });

  it('joins through tatweel and breaks at spaces and other scripts', () => {
    expect(hex(presentationForms('بـ'))).toEqual(['FE91', '640']);
    expect(hex(presentationForms('ب ب'))).toEqual(['FE8F', '20', 'FE8F']);
    expect(hex(presentationForms('a2ب'))).toEqual(['61', '32', 'FE8F']);
  });
});
