/**
 * Every interface string of the Worker, in each language. Relationship and
 * topic labels come from the shared vocabulary (`schemas/vocabulary.ts`), so a
 * label is written once for the Studio and the Worker alike.
 */
import type { LanguageId } from '../../schemas/languages'
import { RELATIONSHIPS, TOPICS } from '../../schemas/vocabulary'

function labelsIn<K extends string>(vocabulary: Record<K, Record<LanguageId, string>>, language: LanguageId) {
  return Object.fromEntries(Object.entries<Record<LanguageId, string>>(vocabulary).map(([code, labels]) => [code, labels[language]]))
}

const en = {
  entry: {
    // The title of an entry that has no headline.
    title: '{{city}}, {{date}}',
  },
  site: {
    // Only when the settings document has no title or description of its own.
    title: 'Meeting the World',
    description: "Guiyang's international friendship agreements and its exchanges and cooperation with partner cities around the world.",
  },
  feed: {
    // A filtered feed's title and description say what it is filtered to.
    filteredTitle: '{{title}} ({{filters}})',
    filteredDescription: '{{description}} This feed is filtered by {{filters}}.',
    filter: {
      city: 'city: {{value}}',
      country: 'country: {{value}}',
      topic: 'topic: {{value}}',
      year: 'year: {{value}}',
    },
    filterSeparator: '; ',
    // A link to a feed (autodiscovery, OPML): the feed's title and its format, such as "RSS 2.0".
    linkTitle: '{{title}} ({{format}})',
    // The titles of the subscription lists (OPML): the recommended feeds, and the JSON Feeds.
    listTitle: '{{title}}: feeds',
    jsonListTitle: '{{title}}: JSON Feeds',
  },
  page: {
    skipLink: 'Skip to the entries',
    languageNav: 'Language',
    // Between a city and its region or country: "Berkeley, California, United States".
    placeSeparator: ', ',
    entriesHeading: 'Entries',
    count_one: '{{count}} entry',
    count_other: '{{count}} entries',
    empty: 'No entries match these filters.',
    filters: {
      heading: 'Filter the entries',
      city: 'City',
      country: 'Country',
      topic: 'Topic',
      year: 'Year',
      all: 'All',
      active: 'Showing entries filtered by {{filters}}.',
      clear: 'Show all entries',
    },
    subscribe: {
      heading: 'Subscribe',
      intro: 'Copy one address into your feed reader. Pick one format: they carry the same entries, so two would show every entry twice.',
      filtered: 'These feeds keep the filters you chose.',
      // Which format suits which reader, each label followed by the feed's address.
      for: {
        atom: '{{format}}, recommended: for most feed readers, such as Feedly, Inoreader, NetNewsWire, Thunderbird and newsboat',
        json: '{{format}}: for readers that support JSON Feed, such as NetNewsWire and Feedbin',
        rss: '{{format}}: only for a reader that cannot read Atom',
      },
      open: 'Open',
      openFeed: 'Open the {{format}} feed',
      openIn: 'Open in {{reader}}',
      lists: {
        heading: 'Import a list (OPML)',
        intro: 'To follow both languages, import a subscription list where your reader asks for an OPML file: it subscribes to each language once.',
        all: 'English and Chinese (Atom)',
        own: 'English only (Atom)',
        json: 'English and Chinese, for JSON Feed readers',
        unfiltered: 'The lists subscribe to every entry, without the filters.',
      },
    },
    entry: {
      back: 'All entries',
      date: 'Date',
      place: 'Partner city',
      relationship: 'Relationship',
      topics: 'Topics',
      coordinates: 'Coordinates',
      map: 'See {{city}} on OpenStreetMap',
      otherLanguage: 'Read this entry in {{language}}',
      fellBack: 'Parts of this entry are not translated yet and are shown in {{language}}.',
    },
    notFound: {
      title: 'Entry not found',
      body: 'There is no entry at this address. It may have been renamed or removed.',
      back: 'See all entries',
    },
    footer: {
      api: 'JSON API',
      widget: 'Widget for partner cities',
    },
    // The page that JSON Feed's `about` names: each key of our extension, as the feeds write it.
    jsonFeedExtension: {
      title: 'JSON Feed extension: _meeting_the_world',
      intro:
        'Our JSON Feeds (JSON Feed 1.1) carry what the format has no field for in an object named _meeting_the_world, on the feed and on each item. Readers that do not know it ignore it, as the format requires.',
      feed: {
        heading: 'On the feed',
        about: 'The address of this page.',
        translation: {
          what: 'The same feed in the other language:',
          language: 'its language, as a BCP 47 tag (en, zh-Hans);',
          title: 'its title;',
          home_page_url: 'the page of its entries;',
          feed_url: 'the feed itself, with the same filters.',
        },
      },
      item: {
        heading: 'On each item',
        date: "The entry's own date, as precise as the source gives it: 2016, 2018-12 or 1992-08-17. Its date_published is that date's first moment in Guiyang time (UTC+8).",
        topics: "The codes of the entry's topics, the values the feeds' and the API's topic filter takes (big-data); tags holds their labels in the feed's language.",
        translation: {
          what: 'The entry in the other language:',
          language: 'its language, as a BCP 47 tag;',
          title: 'its title in that language;',
          url: 'its page.',
        },
      },
    },
  },
  embed: {
    label: 'Meeting the World: entries',
    loading: 'Loading entries…',
    empty: 'No entries yet.',
    error: 'The entries could not be loaded.',
    all: 'All entries',
    feed: 'Subscribe to the feed',
  },
  relationship: labelsIn(RELATIONSHIPS, 'en'),
  topic: labelsIn(TOPICS, 'en'),
  problem: {
    invalidParameters: {
      title: 'Invalid query parameters',
      detail: 'Some query parameters have values this API does not accept: {{names}}.',
    },
    notFound: {
      title: 'Not found',
      detail: 'There is nothing at {{path}}.',
    },
    entryNotFound: {
      title: 'Entry not found',
      detail: 'There is no entry with the slug "{{slug}}".',
    },
    internal: {
      title: 'Something went wrong',
      detail: 'The server could not answer this request. Please try again later.',
    },
    unavailable: {
      title: 'Content source unavailable',
      detail: 'The content could not be read just now. Please try again in a moment.',
    },
    // Drafts preview (/preview/…): refusals say nothing of the drafts, only what the request lacks.
    previewSecretMissing: {
      title: 'Preview secret required',
      detail: 'Previews are for editors: open this page from the entry in the Studio, whose link carries a preview secret.',
    },
    previewSecretWrong: {
      title: 'Wrong or expired preview secret',
      detail: 'This preview secret was not created by the Studio, or was created over an hour ago. Open the preview again from the entry in the Studio.',
    },
    previewUnavailable: {
      title: 'Preview needs a Sanity project',
      detail: 'Drafts preview reads drafts from a Sanity project: set SANITY_PROJECT_ID, and the secret SANITY_READ_TOKEN. The embedded dataset has no drafts.',
    },
    // The publish webhook (POST /hooks/sanity): what its sender did wrong, or what this server lacks.
    webhookNotConfigured: {
      title: 'Webhook secret not set',
      detail:
        "This server has no webhook secret, so it cannot tell Sanity's webhook from anyone else: set the same secret as in Sanity's webhook with `wrangler secret put SANITY_WEBHOOK_SECRET`.",
    },
    webhookUnsigned: {
      title: 'Webhook signature missing',
      detail: "The request has no {{header}} header: only Sanity's webhook, signed with the shared secret, may purge the cache.",
    },
    webhookBadSignature: {
      title: 'Webhook signature invalid',
      detail: "The {{header}} header is not a signature of this body with this server's webhook secret.",
    },
    webhookStale: {
      title: 'Webhook signature outside its time window',
      detail:
        'The body was signed at {{signedAt}}; this server ({{now}}) accepts signatures made from five minutes before its clock to one minute after it.',
    },
    webhookTooLarge: {
      title: 'Webhook body too large',
      detail: 'The body is larger than {{limit}} bytes, more than any webhook of this site sends.',
    },
    webhookMalformed: {
      title: 'Webhook body invalid',
      detail: "The body is not what the webhook's projection sends: JSON with _id, _type, operation, before and after.",
    },
    webhookUnknownType: {
      title: 'Unknown document type',
      detail: 'Documents of type "{{type}}" are not served here; the webhook should send only: {{allowed}}.',
    },
    deployHookMalformed: {
      title: 'Deploy hook body invalid',
      detail: 'The body is not what npm run deploy sends to this hook: {{body}}.',
    },
    purgeFailed: {
      title: 'Cache not purged',
      detail: 'The edge cache could not be purged just now. Send the webhook again later (Sanity retries on its own).',
    },
  },
  parameter: {
    lang: 'lang must be one of: {{allowed}}.',
    city: 'city must be the name of a partner city, written in lower case with hyphens, one of: {{allowed}}.',
    country: 'country must be an ISO 3166-1 alpha-2 country code, such as {{examples}}.',
    topic: 'topic must be one of: {{allowed}}.',
    year: 'year must be a four-digit year, such as 2018.',
    limit: 'limit must be a whole number from {{min}} to {{max}}.',
    cursor: 'cursor must be a nextCursor value returned by this API.',
    repeated: '{{name}} may be given only once.',
  },
}

type Resources = typeof en
type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }

const zh: Translation<Resources> = {
  entry: {
    title: '{{city}}，{{date}}',
  },
  site: {
    title: '走向世界',
    description: '贵阳市与世界各地友好城市签署友好协议、开展交流与合作的情况。',
  },
  feed: {
    filteredTitle: '{{title}}（{{filters}}）',
    filteredDescription: '{{description}}此订阅源的筛选条件为{{filters}}。',
    filter: {
      city: '城市：{{value}}',
      country: '国家：{{value}}',
      topic: '主题：{{value}}',
      year: '年份：{{value}}',
    },
    filterSeparator: '；',
    linkTitle: '{{title}}（{{format}}）',
    listTitle: '{{title}}：订阅源',
    jsonListTitle: '{{title}}：JSON Feed 订阅源',
  },
  page: {
    skipLink: '跳到条目列表',
    languageNav: '语言',
    placeSeparator: '，',
    entriesHeading: '条目',
    count_one: '共 {{count}} 个条目',
    count_other: '共 {{count}} 个条目',
    empty: '没有符合这些筛选条件的条目。',
    filters: {
      heading: '筛选条目',
      city: '城市',
      country: '国家',
      topic: '主题',
      year: '年份',
      all: '全部',
      active: '当前筛选条件：{{filters}}。',
      clear: '显示全部条目',
    },
    subscribe: {
      heading: '订阅',
      intro: '将一个订阅源地址复制到您的阅读器中即可。请只选一种格式：各格式内容相同，订阅两种会使每个条目重复出现。',
      filtered: '这些订阅源保留了您选择的筛选条件。',
      for: {
        atom: '{{format}}（推荐）：适用于大多数阅读器，如 Feedly、Inoreader、NetNewsWire、Thunderbird、newsboat',
        json: '{{format}}：适用于支持 JSON Feed 的阅读器，如 NetNewsWire、Feedbin',
        rss: '{{format}}：仅供无法读取 Atom 的阅读器使用',
      },
      open: '打开',
      openFeed: '打开 {{format}} 订阅源',
      openIn: '在 {{reader}} 中打开',
      lists: {
        heading: '导入订阅列表（OPML）',
        intro: '如需同时关注中英文内容，请在阅读器的“导入 OPML”功能中导入订阅列表：每种语言只订阅一次。',
        all: '中文和英文（Atom）',
        own: '仅中文（Atom）',
        json: '中文和英文，供 JSON Feed 阅读器使用',
        unfiltered: '订阅列表不含筛选条件，包含全部条目。',
      },
    },
    entry: {
      back: '全部条目',
      date: '日期',
      place: '合作城市',
      relationship: '关系',
      topics: '主题',
      coordinates: '坐标',
      map: '在 OpenStreetMap 上查看{{city}}',
      otherLanguage: '阅读此条目的{{language}}版本',
      fellBack: '此条目的部分内容尚未翻译，以{{language}}显示。',
    },
    notFound: {
      title: '未找到条目',
      body: '此地址没有条目，可能已被更名或删除。',
      back: '查看全部条目',
    },
    footer: {
      api: 'JSON 接口',
      widget: '友好城市网站插件',
    },
    jsonFeedExtension: {
      title: 'JSON Feed 扩展：_meeting_the_world',
      intro:
        '本站的 JSON Feed（JSON Feed 1.1）将该格式没有对应字段的信息放在名为 _meeting_the_world 的对象中，订阅源和每个条目各有一个。不识别该对象的阅读器会按格式规定将其忽略。',
      feed: {
        heading: '订阅源中',
        about: '本页的地址。',
        translation: {
          what: '另一语言的同一订阅源：',
          language: '其语言，以 BCP 47 标签表示（en、zh-Hans）；',
          title: '其标题；',
          home_page_url: '其条目所在的页面；',
          feed_url: '该订阅源本身，筛选条件相同。',
        },
      },
      item: {
        heading: '每个条目中',
        date: '条目本身的日期，精确程度与来源一致：2016、2018-12 或 1992-08-17。其 date_published 为该日期在贵阳时间（UTC+8）的起始时刻。',
        topics: '条目主题的代码，即订阅源和接口的 topic 筛选参数所接受的值（如 big-data）；tags 为这些主题在订阅源语言中的名称。',
        translation: {
          what: '另一语言的该条目：',
          language: '其语言，以 BCP 47 标签表示；',
          title: '其在该语言中的标题；',
          url: '其页面。',
        },
      },
    },
  },
  embed: {
    label: '走向世界：条目',
    loading: '正在加载条目……',
    empty: '暂无条目。',
    error: '无法加载条目。',
    all: '全部条目',
    feed: '订阅',
  },
  relationship: labelsIn(RELATIONSHIPS, 'zh'),
  topic: labelsIn(TOPICS, 'zh'),
  problem: {
    invalidParameters: {
      title: '查询参数无效',
      detail: '以下查询参数的值不被接受：{{names}}。',
    },
    notFound: {
      title: '未找到',
      detail: '{{path}} 不存在。',
    },
    entryNotFound: {
      title: '未找到条目',
      detail: '没有别名为“{{slug}}”的条目。',
    },
    internal: {
      title: '服务器出错',
      detail: '服务器暂时无法处理此请求，请稍后再试。',
    },
    unavailable: {
      title: '内容源暂不可用',
      detail: '暂时无法读取内容，请稍后再试。',
    },
    previewSecretMissing: {
      title: '需要预览密钥',
      detail: '预览仅供编辑使用：请在 Studio 中从条目打开此页，其链接带有预览密钥。',
    },
    previewSecretWrong: {
      title: '预览密钥错误或已过期',
      detail: '此预览密钥不是 Studio 创建的，或创建已超过一小时。请在 Studio 中从条目重新打开预览。',
    },
    previewUnavailable: {
      title: '预览需要 Sanity 项目',
      detail: '草稿预览从 Sanity 项目读取草稿：请设置 SANITY_PROJECT_ID 和密钥 SANITY_READ_TOKEN。内置数据集没有草稿。',
    },
    webhookNotConfigured: {
      title: '未设置 Webhook 密钥',
      detail:
        '本服务器未设置 Webhook 密钥，无法辨别 Sanity 发来的 Webhook：请用 `wrangler secret put SANITY_WEBHOOK_SECRET` 设置与 Sanity Webhook 相同的密钥。',
    },
    webhookUnsigned: {
      title: '缺少 Webhook 签名',
      detail: '请求中没有 {{header}} 标头：只有用共享密钥签名的 Sanity Webhook 才能清除缓存。',
    },
    webhookBadSignature: {
      title: 'Webhook 签名无效',
      detail: '{{header}} 标头不是用本服务器的 Webhook 密钥对此请求正文所作的签名。',
    },
    webhookStale: {
      title: 'Webhook 签名不在有效时间内',
      detail: '请求正文的签名时间为 {{signedAt}}；本服务器（当前时间 {{now}}）只接受其时钟之前五分钟至之后一分钟内所作的签名。',
    },
    webhookTooLarge: {
      title: 'Webhook 请求正文过大',
      detail: '请求正文超过 {{limit}} 字节，大于本站任何 Webhook 所发送的内容。',
    },
    webhookMalformed: {
      title: 'Webhook 请求正文无效',
      detail: '请求正文与 Webhook 投影所发送的内容不符：应为包含 _id、_type、operation、before 和 after 的 JSON。',
    },
    webhookUnknownType: {
      title: '未知的文档类型',
      detail: '本站不提供类型为“{{type}}”的文档；Webhook 只应发送：{{allowed}}。',
    },
    deployHookMalformed: {
      title: '部署钩子请求正文无效',
      detail: '请求正文与 npm run deploy 发送给此钩子的内容不符：应为 {{body}}。',
    },
    purgeFailed: {
      title: '未能清除缓存',
      detail: '暂时无法清除边缘缓存。请稍后重新发送 Webhook（Sanity 会自动重试）。',
    },
  },
  parameter: {
    lang: 'lang 必须是以下值之一：{{allowed}}。',
    city: 'city 必须是合作城市的英文名称（小写，以连字符连接），可选值：{{allowed}}。',
    country: 'country 必须是 ISO 3166-1 二位字母国家代码，例如 {{examples}}。',
    topic: 'topic 必须是以下值之一：{{allowed}}。',
    year: 'year 必须是四位数年份，例如 2018。',
    limit: 'limit 必须是 {{min}} 到 {{max}} 之间的整数。',
    cursor: 'cursor 必须是本接口返回的 nextCursor 值。',
    repeated: '{{name}} 只能提供一次。',
  },
}

export const RESOURCES: Record<LanguageId, { translation: Resources | Translation<Resources> }> = {
  en: { translation: en },
  zh: { translation: zh },
}
