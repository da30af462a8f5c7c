import type { ContentIndex } from '../content/index-content';
import type { EntityType, Text } from '../content/schema';
import type { Claim } from './claims';
import type { Value } from './values';
import { t } from './wording';

/*
 * A match question says what is matched with what, and never speaks of left and right columns:
 * on a phone its pairs are a stack of drop-downs.
 */

const WHAT: Partial<Record<EntityType, Text>> = {
  person: t('相应人物', 'the right person'),
  country: t('相应国家', 'the right country'),
  city: t('相应城市', 'the right city'),
  province: t('相应省份', 'the right province'),
  organisation: t('相应组织', 'the right organisation'),
};

/** What the values of a match question are, as its prompt names them. */
function whatValues(index: ContentIndex, values: readonly Value[]): Text | undefined {
  const types = new Set(values.map((v) => v.type));
  if (types.size !== 1) return undefined;
  const first = values[0];
  switch (first?.type) {
    case 'date':
      return t('相应日期', 'the right date');
    case 'year':
      return t('相应年份', 'the right year');
    case 'amount':
    case 'count':
      return t('相应数字', 'the right figure');
    case 'entity': {
      const kinds = new Set(
        values.map((v) => (v.type === 'entity' ? index.entity(v.id).type : '')),
      );
      const [kind] = kinds;
      return kinds.size === 1 ? WHAT[kind as EntityType] : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The prompt of a match question of these claims: their family's own prompt (请将下列党的全国
 * 代表大会与其开幕日期正确配对。) when they give one, or else one naming what the values are.
 */
export function matchPrompt(index: ContentIndex, claims: readonly Claim[]): Text {
  const own = claims[0]?.matchPrompt;
  if (own && claims.every((c) => c.matchPrompt?.zh === own.zh && c.matchPrompt.en === own.en))
    return own;
  const what = whatValues(
    index,
    claims.flatMap((c) => c.values.slice(0, 1)),
  );
  return what
    ? t(`请将下列各项与${what.zh}正确配对。`, `Match each item with ${what.en}.`)
    : t('请将下列各项与相应的答案正确配对。', 'Match each item with its answer.');
}
