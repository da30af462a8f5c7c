import type { Text } from '../content/schema';
import { nameCardKeys } from '../progress/session-cards';

/*
 * A name card's wording, from the entity's two names alone: the content's name cards
 * (lib/questions/cards.ts) and the ones the browser reads from the cards file (./session.ts) are
 * worded here, so the file holds each entity's names, not its cards.
 */

export interface NameCardWording {
  key: string;
  front: Text;
  answer: Text;
  /** The answer is a name in this language, whatever the question language. */
  answerIn: 'zh' | 'en';
}

/**
 * Name cards (中英名称卡) of one entity, both ways: one shows its Chinese name and asks for the
 * English, the other the reverse. A card's key is `name:<entity>:<language shown>`.
 */
export function nameCardWording(
  entity: string,
  { zh, en }: Text,
): [NameCardWording, NameCardWording] {
  const [keyZh, keyEn] = nameCardKeys(entity);
  return [
    {
      key: keyZh,
      front: { zh: `“${zh}”的英文名称是什么？`, en: `What is “${zh}” in English?` },
      answer: { zh: en, en },
      answerIn: 'en',
    },
    {
      key: keyEn,
      front: { zh: `“${en}”的中文名称是什么？`, en: `What is “${en}” in Chinese?` },
      answer: { zh, en: zh },
      answerIn: 'zh',
    },
  ];
}
