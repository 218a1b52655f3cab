/** The Worker's interface strings in Simplified Chinese (`zh`). */
import type { Translation } from './en'
import { vocabularyLabels } from './labels'

export const zh: Translation = {
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
  ...vocabularyLabels('zh'),
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
