import { describe, expect, it } from 'vitest';
import { boilerplateLength, isLeadIn } from './boilerplate.js';

const rest = (text: string, language = 'en') => text.slice(boilerplateLength(text, language));

describe('boilerplateLength', () => {
  it('removes who/when/ability phrases in English, in any combination', () => {
    expect(rest('Students will be able to draft contracts')).toBe('draft contracts');
    expect(rest('On completion of this module the learner can draft contracts')).toBe('draft contracts');
    expect(rest('The student is able to draft contracts')).toBe('draft contracts');
    expect(rest('By the end of the course, participants should be capable of drafting contracts')).toBe('drafting contracts');
    expect(rest('Be able to draft contracts')).toBe('draft contracts');
    expect(rest('You will draft contracts')).toBe('draft contracts');
  });

  it('removes the lead-ins of course catalogues: having followed the course, the goal of the course, a modal alone', () => {
    expect(rest('After successfully completing this course, the student draws up budgets')).toBe('draws up budgets');
    expect(rest('After following this course, students should be able to draft contracts')).toBe('draft contracts');
    expect(rest('After having completed the module you can draft contracts')).toBe('draft contracts');
    expect(rest('The goal of the course is to gain an understanding of contract law')).toBe('gain an understanding of contract law');
    // A list line continuing "the student:".
    expect(rest('can explain contract law')).toBe('explain contract law');
    expect(rest('Can you draft contracts?')).toBe('draft contracts?');
    expect(boilerplateLength('Canvas painting', 'en')).toBe(0);
  });

  it('knows a line that only introduces a list by how it ends', () => {
    expect(isLeadIn('PT students who have taken the online module are able to', 'en')).toBe(true);
    expect(isLeadIn('The purpose of this course is to give you the opportunity to learn to', 'en')).toBe(true);
    expect(isLeadIn('Die Teilnehmenden des Kurses sind in der Lage', 'de')).toBe(true);
    expect(isLeadIn("À l'issue de ce stage, vous serez capables de", 'fr')).toBe(true);
    expect(isLeadIn('Design of a process including', 'en')).toBe(false);
    expect(isLeadIn('Manage budgets', 'en')).toBe(false);
  });

  it('removes German, French and Dutch boilerplate', () => {
    expect(rest('Nach erfolgreichem Abschluss des Moduls können die Studierenden Verträge entwerfen', 'de')).toBe('Verträge entwerfen');
    expect(rest('Die Studierenden sind in der Lage, Verträge zu entwerfen', 'de')).toBe('Verträge zu entwerfen');
    expect(rest("L'étudiant sera capable de rédiger des contrats", 'fr')).toBe('rédiger des contrats');
    expect(rest('À la fin du cours, les apprenants pourront rédiger des contrats', 'fr')).toBe('rédiger des contrats');
    expect(rest("Les participants sont en mesure d'analyser des contrats", 'fr')).toBe('analyser des contrats');
    expect(rest('Na afloop van deze module kan de student contracten opstellen', 'nl')).toBe('contracten opstellen');
    expect(rest('De student is in staat om contracten op te stellen', 'nl')).toBe('contracten op te stellen');
  });

  it('leaves text without boilerplate alone, including words that merely start like it', () => {
    expect(boilerplateLength('draft contracts for students', 'en')).toBe(0);
    expect(boilerplateLength('Studentenwerk beraten', 'de')).toBe(0);
    expect(boilerplateLength('Youth work', 'en')).toBe(0);
  });
});
