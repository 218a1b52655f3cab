/**
 * The synthetic entries of the benchmarks, generated from a seed with no file
 * or Node API, so workerd tests can generate them too (generate.ts writes them).
 * English and Simplified Chinese text of realistic lengths (titles, summaries,
 * 3 to 6 paragraph bodies, the occasional link), topics from the vocabulary
 * and dates from 1980 to 2026. The same seed gives the same bytes.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join('')
  return { next, int, pick, hex }
}
type Random = ReturnType<typeof random>

/** Partner cities: English and standard Chinese names, country, coordinates. */
const CITIES: readonly [string, string, string, number, number][] = [
  ['Vicenza', '维琴察', 'IT', 45.5455, 11.5354],
  ['Berkeley', '伯克利', 'US', 37.8715, -122.273],
  ['Cupertino', '库比蒂诺', 'US', 37.323, -122.0322],
  ['Burnaby', '本拿比', 'CA', 49.2488, -122.9805],
  ['Fort Worth', '沃思堡', 'US', 32.7555, -97.3308],
  ['Palmerston North', '北帕默斯顿', 'NZ', -40.3523, 175.6082],
  ['Lyon', '里昂', 'FR', 45.764, 4.8357],
  ['Hamburg', '汉堡', 'DE', 53.5511, 9.9937],
  ['Osaka', '大阪', 'JP', 34.6937, 135.5023],
  ['Busan', '釜山', 'KR', 35.1796, 129.0756],
  ['Perth', '珀斯', 'AU', -31.9505, 115.8605],
  ['Kazan', '喀山', 'RU', 55.8304, 49.0661],
  ['Porto', '波尔图', 'PT', 41.1579, -8.6291],
  ['Valencia', '瓦伦西亚', 'ES', 39.4699, -0.3763],
  ['Kraków', '克拉科夫', 'PL', 50.0647, 19.945],
  ['Brno', '布尔诺', 'CZ', 49.1951, 16.6068],
  ['Gothenburg', '哥德堡', 'SE', 57.7089, 11.9746],
  ['Tampere', '坦佩雷', 'FI', 61.4978, 23.761],
  ['Mombasa', '蒙巴萨', 'KE', -4.0435, 39.6682],
  ['Durban', '德班', 'ZA', -29.8587, 31.0218],
  ['Curitiba', '库里蒂巴', 'BR', -25.4284, -49.2733],
  ['Córdoba', '科尔多瓦', 'AR', -31.4201, -64.1888],
  ['Guadalajara', '瓜达拉哈拉', 'MX', 20.6597, -103.3496],
  ['Chiang Mai', '清迈', 'TH', 18.7883, 98.9853],
  ['Da Nang', '岘港', 'VN', 16.0544, 108.2022],
  ['Penang', '槟城', 'MY', 5.4141, 100.3288],
  ['Bandung', '万隆', 'ID', -6.9175, 107.6191],
  ['Pune', '浦那', 'IN', 18.5204, 73.8567],
  ['Izmir', '伊兹密尔', 'TR', 38.4237, 27.1428],
  ['Tbilisi', '第比利斯', 'GE', 41.7151, 44.8271],
]

const TOPICS = ['big-data', 'high-technology', 'technology', 'manufacturing', 'education', 'culture', 'tourism', 'trade', 'science', 'economy', 'agriculture', 'environment', 'finance'] as const
const RELATIONSHIPS = ['friendship-agreement', 'memorandum-of-understanding', 'sister-city', 'delegation-visit', 'cooperation-zone', 'other'] as const

const TOPIC_TEXT: Record<(typeof TOPICS)[number], [string, string]> = {
  'big-data': ['big data', '大数据'],
  'high-technology': ['high technology', '高新技术'],
  technology: ['technology', '科技'],
  manufacturing: ['high-end manufacturing', '高端制造'],
  education: ['education', '教育'],
  culture: ['culture', '文化'],
  tourism: ['tourism', '旅游'],
  trade: ['trade', '贸易'],
  science: ['scientific research', '科学研究'],
  economy: ['economic development', '经济发展'],
  agriculture: ['modern agriculture', '现代农业'],
  environment: ['environmental protection', '环境保护'],
  finance: ['finance', '金融'],
}

/** Sentence templates, each a faithful pair: `{city}`, `{year}`, `{topic}`, `{topics}` are filled in. */
const SENTENCES: readonly [string, string][] = [
  ['{city} and Guiyang signed an agreement in {year} to deepen cooperation in {topics} between the two cities.', '{year}年，{city}与贵阳市签署协议，推动两市在{topics}等领域深化合作。'],
  ['A delegation led by the mayor of {city} visited Guiyang, touring research institutes, industrial parks and universities over three days.', '{city}市长率代表团访问贵阳，用三天时间考察了科研院所、产业园区和高等院校。'],
  ['Both sides agreed to hold an annual forum on {topic}, alternating between the two cities, and to set up a joint working group to follow up on projects.', '双方同意每年轮流在两市举办{topic}论坛，并成立联合工作组跟进合作项目。'],
  ['Since then, students and teachers from schools in {city} have taken part in summer exchange programmes in Guiyang, and more than two hundred young people have visited each city.', '此后，{city}各学校的师生参加了在贵阳举办的暑期交流项目，两地互访青年已超过两百人。'],
  ['Companies from {city} opened offices in the Guiyang big data pilot zone, and local firms found partners for projects in {topic}.', '{city}企业在贵阳大数据综合试验区设立办事处，本地企业也在{topic}领域找到了合作伙伴。'],
  ['At the signing ceremony, officials from both cities said the agreement built on exchanges that had begun more than a decade earlier.', '在签约仪式上，两市官员表示，这一协议是在十多年前开始的交流基础上达成的。'],
  ['The agreement covers cooperation in {topics}, and provides for regular visits by government officials, experts and business leaders.', '协议涵盖{topics}等方面的合作，并规定两市政府官员、专家和企业家定期互访。'],
  ['In {year}, an exhibition of photographs of {city} opened at the Guizhou Provincial Museum and drew tens of thousands of visitors in its first month.', '{year}年，{city}摄影展在贵州省博物馆开幕，首月即吸引数万名观众参观。'],
  ['Researchers from universities in both cities began a joint project on {topic}, with funding from both municipal governments.', '两市高校研究人员在两市政府资助下，启动了{topic}领域的联合研究项目。'],
  ['Direct flights and simplified visa procedures have made it easier for tourists and business travellers to move between the two cities.', '直航航线的开通和签证手续的简化，为两地游客和商务人员往来提供了便利。'],
  ['The two cities also exchanged experience in urban planning, public transport and the protection of historic districts.', '两市还在城市规划、公共交通和历史街区保护等方面交流了经验。'],
  ['Officials said they expected trade between {city} and Guizhou province to double within five years.', '有关官员表示，预计五年内{city}与贵州省之间的贸易额将翻一番。'],
]

const HEADLINES: readonly [string, string][] = [
  ['{city} and Guiyang sign {relationship} to deepen cooperation in {topic}', '{city}与贵阳市签署{relationship}，深化{topic}领域合作'],
  ['Delegation from {city} visits Guiyang to explore cooperation in {topic}', '{city}代表团访问贵阳，探讨{topic}领域合作'],
  ['Guiyang and {city} open new chapter of exchanges in {topic} and {topic2}', '贵阳与{city}开启{topic}和{topic2}交流新篇章'],
  ['{city} becomes Guiyang partner city with focus on {topic}', '{city}成为贵阳友好城市，重点推进{topic}合作'],
]

const RELATIONSHIP_TEXT: Record<(typeof RELATIONSHIPS)[number], [string, string]> = {
  'friendship-agreement': ['friendship agreement', '友好城市协议'],
  'memorandum-of-understanding': ['memorandum of understanding', '合作谅解备忘录'],
  'sister-city': ['sister-city agreement', '姐妹城市协议'],
  'delegation-visit': ['cooperation agreement', '合作协议'],
  'cooperation-zone': ['cooperation zone agreement', '合作区协议'],
  other: ['cooperation agreement', '合作协议'],
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name)
}

function span(rng: Random, text: string, marks: string[] = []) {
  return { _type: 'span', _key: rng.hex(12), text, marks }
}

/** One Portable Text paragraph of 2 to 4 sentences per language, sometimes with a link. */
function paragraphs(rng: Random, count: number, values: [Record<string, string>, Record<string, string>]) {
  const en: unknown[] = []
  const zh: unknown[] = []
  for (let index = 0; index < count; index++) {
    const sentences = Array.from({ length: rng.int(2, 4) }, () => rng.pick(SENTENCES))
    const withLink = rng.next() < 0.1
    for (const [language, blocks] of [[0, en], [1, zh]] as const) {
      const text = sentences.map((pair) => fill(pair[language], values[language])).join(language === 0 ? ' ' : '')
      const markDefs = withLink ? [{ _type: 'link', _key: 'link1', href: 'https://www.guiyang.gov.cn/' }] : []
      const children = withLink
        ? [span(rng, text), span(rng, language === 0 ? ' More on the city government site.' : '详见市政府网站。', ['link1'])]
        : [span(rng, text)]
      blocks.push({ _type: 'block', _key: rng.hex(12), style: 'normal', markDefs, children })
    }
  }
  return { en, zh }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** One entry document: entry `index` of a dataset drawn from `rng`. */
function entry(rng: Random, index: number) {
  const [cityEn, cityZh, country, lat, lng] = rng.pick(CITIES)
  const year = rng.int(1980, 2026)
  const month = rng.int(1, 12)
  const day = rng.int(1, 28)
  const precision = rng.next()
  const date = precision < 0.2 ? `${year}` : precision < 0.7 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`
  const topics = [...new Set(Array.from({ length: rng.int(1, 5) }, () => rng.pick(TOPICS)))]
  const relationship = rng.pick(RELATIONSHIPS)
  const [topic = 'culture', topic2 = 'education'] = topics
  const list = (language: 0 | 1) => topics.map((code) => TOPIC_TEXT[code][language]).join(language === 0 ? ', ' : '、')
  const values: [Record<string, string>, Record<string, string>] = [
    { city: cityEn, year: String(year), topic: TOPIC_TEXT[topic][0], topic2: TOPIC_TEXT[topic2][0], topics: list(0), relationship: RELATIONSHIP_TEXT[relationship][0] },
    { city: cityZh, year: String(year), topic: TOPIC_TEXT[topic][1], topic2: TOPIC_TEXT[topic2][1], topics: list(1), relationship: RELATIONSHIP_TEXT[relationship][1] },
  ]
  const headline = rng.pick(HEADLINES)
  const summary = [rng.pick(SENTENCES), rng.pick(SENTENCES)]
  const slug = `${cityEn.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '-')}-${year}-${index}`
  const updated = `${Math.min(2026, year + rng.int(0, 3))}-${pad(month)}-${pad(day)}T0${rng.int(0, 9)}:00:00Z`
  return {
    _id: `entry-${slug}`,
    _type: 'entry',
    _createdAt: '2026-11-01T00:00:00Z',
    _updatedAt: updated,
    _rev: `bench-${rng.hex(8)}`,
    slug: { _type: 'slug', current: slug },
    city: { _type: 'localeString', en: cityEn, zh: cityZh },
    country,
    location: { _type: 'geopoint', lat, lng },
    relationship,
    date,
    headline: { _type: 'localeString', en: fill(headline[0], values[0]), zh: fill(headline[1], values[1]) },
    summary: {
      _type: 'localeText',
      en: summary.map((pair) => fill(pair[0], values[0])).join(' '),
      zh: summary.map((pair) => fill(pair[1], values[1])).join(''),
    },
    body: { _type: 'localeBlockContent', ...paragraphs(rng, rng.int(3, 6), values) },
    topics,
    publishedAt: `${year}-${pad(precision < 0.2 ? 1 : month)}-${pad(precision < 0.7 ? 1 : day)}T01:00:00Z`,
  }
}

/** `size` entries as NDJSON text, led by `settingsLine` (the real settings document in the benchmarks). */
export function generateEntries(settingsLine: string, size: number, seed = 20261128): string {
  const rng = random(seed + size)
  const lines = [settingsLine]
  for (let index = 0; index < size; index++) lines.push(JSON.stringify(entry(rng, index)))
  return `${lines.join('\n')}\n`
}
