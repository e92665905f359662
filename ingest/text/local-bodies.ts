/**
 * The local governments a plan names as one collective body: 各县（市、区）人民政府, 各区、县级市人民政府,
 * 各县（市）、区人民政府, 各旗县区人民政府, 各城区人民政府, 各县（市、区）党委和人民政府, 各功能区管委会.
 * Shared by structure (a collective written across 、 stays one item), extract (collectives in running
 * text) and resolve (their canonical name).
 */

/** The places of a collective: 县, 区, 县级市, 旗县区, 城区 …, with a bracketed gloss (县（市、区）). */
export const LOCAL_PLACE = '(?:[县市区旗镇乡]|县级市|旗县区?|县市区|县区|市区|城区)(?:[（(][^）)\\n]{1,8}[）)])?';

/** 县（市）、区 or 县（市）区: a second group of places. */
export const LOCAL_PLACES = `${LOCAL_PLACE}(?:、?${LOCAL_PLACE})?`;

/** The organ closing a collective of local governments; 党委和 when the party committees are named too. */
export const LOCAL_GOVERNMENT = '(?:党委和|党委、)?(?:人民)?政府';

/** Zones named as a collective: 各功能区, 各园区, 各开发区, 各功能板块. */
export const LOCAL_ZONES = '(?:市)?(?:直属)?(?:功能区|园区|开发区|功能板块|板块)';
