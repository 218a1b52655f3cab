/** The Worker's interface strings in Simplified Chinese (`zh`). */
import type { Translation } from './en'
import { vocabularyLabels } from './labels'

export const zh: Translation = {
  entry: {
    title: '{{city}}，{{date}}',
  },
  // Between the items of a list, such as an entry's topics or the values a parameter takes: "Big data, Education".
  listSeparator: '、',
  site: {
    title: '走向世界',
    description: '贵阳市与世界各地城市建立友好关系、开展交流合作情况。',
  },
  feed: {
    filteredTitle: '{{title}}（{{filters}}）',
    filteredDescription: '{{description}}此订阅源的筛选条件为{{filters}}。',
    filter: {
      city: '城市：{{value}}',
      country: '国家/地区：{{value}}',
      topic: '主题：{{value}}',
      year: '年份：{{value}}',
    },
    filterSeparator: '；',
    linkTitle: '{{title}}（{{format}}）',
    listTitle: '{{title}}：订阅源',
    jsonListTitle: '{{title}}：JSON Feed订阅源',
  },
  language: {
    en: '英文',
    zh: '简体中文',
    'zh-hant': '繁体中文',
  },
  page: {
    skipLink: {
      entries: '跳至条目列表',
      main: '跳至正文',
    },
    languageNav: '语言',
    fellBack: '本页部分内容尚未翻译，以{{language}}显示。',
    entriesHeading: '条目',
    count_one: '共{{count}}条',
    count_other: '共{{count}}条',
    empty: '没有符合筛选条件的条目。',
    filters: {
      heading: '筛选条目',
      city: '城市',
      country: '国家/地区',
      topic: '主题',
      year: '年份',
      all: '全部',
      value: {
        city: '城市为{{value}}',
        country: '国家/地区为{{value}}',
        topic: '主题为{{value}}',
        year: '年份为{{value}}',
      },
      separator: '，',
      active: '当前筛选条件：{{filters}}。',
      clear: '显示全部条目',
    },
    subscribe: {
      heading: '订阅',
      intro: '将一个订阅源地址复制到您的阅读器中即可。请只选一种格式：各格式内容相同，订阅两种会使每个条目重复出现。',
      filtered: '这些订阅源保留了您选择的筛选条件。',
      for: {
        atom: '{{format}}（推荐）：适用于大多数阅读器，如Feedly、Inoreader、NetNewsWire、Thunderbird、newsboat',
        json: '{{format}}：适用于支持JSON Feed的阅读器，如NetNewsWire、Feedbin',
        rss: '{{format}}：仅供无法读取Atom的阅读器使用',
      },
      open: '打开',
      openFeed: '打开{{format}}订阅源',
      openIn: '在{{reader}}中打开',
      lists: {
        heading: '导入订阅列表（OPML）',
        intro: '如需关注所有语言的内容，请在阅读器的“导入OPML”功能中导入订阅列表：每种语言只订阅一次。',
        all: '{{languages}}（Atom）',
        own: '仅{{language}}（Atom）',
        json: '{{languages}}，供JSON Feed阅读器使用',
        unfiltered: '订阅列表不含筛选条件，包含全部条目。',
      },
    },
    entry: {
      back: '全部条目',
      date: '日期',
      place: '地点',
      relationship: '关系类型',
      topics: '主题',
      coordinates: '坐标',
      latitude: {
        north: '北纬{{degrees}}°',
        south: '南纬{{degrees}}°',
      },
      longitude: {
        east: '东经{{degrees}}°',
        west: '西经{{degrees}}°',
      },
      position: '{{latitude}}，{{longitude}}',
      map: '在OpenStreetMap上查看{{city}}',
      otherLanguage: '阅读此条目的{{language}}版本',
      fellBack: '此条目的部分内容尚未翻译，以{{language}}显示。',
      locator: {
        title: '{{city}}位置示意图',
        description: '世界地图，标出{{city}}和贵阳市的位置，以连线相连；点击{{city}}可在OpenStreetMap上查看。',
      },
    },
    map: {
      title: '贵阳市国际交往城市分布示意图',
      description_one: '世界地图，标出贵阳市和下列条目中的{{count}}个城市，以连线与贵阳市相连，点击城市可查看相应条目。',
      description_other: '世界地图，标出贵阳市和下列条目中的{{count}}个城市，各以连线与贵阳市相连，点击城市可查看相应条目；有多个条目的城市链接到该城市的条目列表。',
      home: '贵阳',
      since: '{{city}}（{{year}}年起）',
    },
    timeline: {
      heading: '友好交往大事记',
      span: '{{first}}至{{last}}',
      oneYear: '{{year}}',
      year: '{{year}}年',
      relationship: '（{{relationship}}）',
    },
    notFound: {
      title: '未找到条目',
      body: '此地址没有条目，可能已被更名或删除。',
      back: '查看全部条目',
    },
    footer: {
      publisher: '主办单位：{{publisher}}',
      api: 'JSON接口',
      widget: '供合作城市使用的网页嵌入组件',
    },
    jsonFeedExtension: {
      title: 'JSON Feed扩展：_meeting_the_world',
      intro:
        '本站的JSON Feed（JSON Feed 1.1）将该格式没有对应字段的信息放在名为_meeting_the_world的对象中，订阅源和每个条目各有一个。不识别该对象的阅读器会按格式规定将其忽略。',
      feed: {
        heading: '订阅源中',
        about: '本页的地址。',
        translations: {
          what: '其他每种语言的同一订阅源，每种语言一个对象：',
          language: '其语言，以BCP 47标签表示（en、zh-Hans、zh-Hant）；',
          title: '其标题；',
          home_page_url: '其条目所在的页面；',
          feed_url: '该订阅源本身，筛选条件相同。',
        },
      },
      item: {
        heading: '每个条目中',
        date: '条目本身的日期，精确程度与来源一致：2016、2018-12或1992-08-17。其date_published为该日期在贵阳时间（UTC+8）的起始时刻。',
        topics: '条目主题的代码，即订阅源和接口的topic筛选参数所接受的值（如big-data）；tags为这些主题在订阅源语言中的名称。',
        translations: {
          what: '该条目在其他每种语言中的版本，每种语言一个对象：',
          language: '其语言，以BCP 47标签表示；',
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
    map: {
      title: '贵阳市国际交往城市分布示意图',
      description_one: '世界地图，标出贵阳市和{{count}}个城市和地区，以连线与贵阳市相连，点击城市可查看相应条目。',
      description_other: '世界地图，标出贵阳市和{{count}}个城市和地区，各以连线与贵阳市相连，点击城市可查看相应条目。',
      home: '贵阳',
    },
  },
  ...vocabularyLabels('zh'),
  problem: {
    invalidParameters: {
      title: '查询参数无效',
      detail: '以下查询参数的值无效：{{names}}。',
    },
    notFound: {
      title: '未找到',
      detail: '{{path}}不存在。',
    },
    entryNotFound: {
      title: '未找到条目',
      detail: '网址标识为“{{slug}}”的条目不存在。',
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
      detail: '预览仅供编辑使用：请在Studio中从条目打开此页，其链接带有预览密钥。',
    },
    previewSecretWrong: {
      title: '预览密钥错误或已过期',
      detail: '此预览密钥不是Studio创建的，或创建已超过一小时。请在Studio中从条目重新打开预览。',
    },
    previewUnavailable: {
      title: '预览需要Sanity项目',
      detail: '草稿预览从Sanity项目读取草稿：请设置SANITY_PROJECT_ID和密钥SANITY_READ_TOKEN。内置数据集没有草稿。',
    },
    webhookNotConfigured: {
      title: '未设置Webhook密钥',
      detail:
        '本服务器未设置Webhook密钥，无法辨别Sanity发来的Webhook：请用`wrangler secret put SANITY_WEBHOOK_SECRET`设置与Sanity Webhook相同的密钥。',
    },
    webhookUnsigned: {
      title: '缺少Webhook签名',
      detail: '请求中没有{{header}}标头：只有用共享密钥签名的Sanity Webhook才能清除缓存。',
    },
    webhookBadSignature: {
      title: 'Webhook签名无效',
      detail: '{{header}}标头不是用本服务器的Webhook密钥对此请求正文所作的签名。',
    },
    webhookStale: {
      title: 'Webhook签名不在有效时间内',
      detail: '请求正文的签名时间为{{signedAt}}；本服务器（当前时间{{now}}）只接受其时钟之前五分钟至之后一分钟内所作的签名。',
    },
    webhookTooLarge: {
      title: 'Webhook请求正文过大',
      detail: '请求正文超过{{limit}}字节，大于本站任何Webhook所发送的内容。',
    },
    webhookMalformed: {
      title: 'Webhook请求正文无效',
      detail: '请求正文与Webhook投影所发送的内容不符：应为包含_id、_type、operation、before和after的JSON。',
    },
    webhookUnknownType: {
      title: '未知的文档类型',
      detail: '本站不提供类型为“{{type}}”的文档；Webhook只应发送：{{allowed}}。',
    },
    deployHookMalformed: {
      title: '部署钩子请求正文无效',
      detail: '请求正文与npm run deploy发送给此钩子的内容不符：应为{{body}}。',
    },
    purgeFailed: {
      title: '未能清除缓存',
      detail: '暂时无法清除边缘缓存。请稍后重新发送Webhook（Sanity会自动重试）。',
    },
  },
  parameter: {
    lang: 'lang必须是以下值之一：{{allowed}}。',
    city: 'city必须是合作城市的英文名称（小写，以连字符连接），可选值：{{allowed}}。',
    country: 'country必须是ISO 3166-1二位字母国家或地区代码，例如{{examples}}。',
    topic: 'topic必须是以下值之一：{{allowed}}。',
    year: 'year必须是四位数年份，例如2018。',
    limit: 'limit必须是{{min}}到{{max}}之间的整数。',
    cursor: 'cursor必须是本接口返回的nextCursor值。',
    repeated: '{{name}}只能提供一次。',
  },
  configurator: {
    title: '供合作城市使用的网页嵌入组件',
    intro:
      '在贵市网站上展示本站条目：选择组件显示的内容，在下方预览，再将代码复制到您的网页中。组件有两种形式：网页组件（Web Component），沿用您网页的字体；内嵌框架（iframe），适用于无法添加脚本的网站。',
    form: {
      heading: '选项',
      city: '城市',
      allCities: '全部城市',
      lang: '语言',
      limit: '条目数量（{{min}}至{{max}}条）',
      theme: '配色',
      themes: {
        auto: '跟随读者设备设置',
        light: '浅色',
        dark: '深色',
      },
      layout: '版式',
      layouts: {
        list: '列表',
        timeline: '时间轴',
        map: '地图',
      },
      target: '在新标签页中打开条目',
      dateLocale: '日期格式所用语言',
      dateLocaleHint: '填写语言标签，如en-US；留空则按组件的语言显示日期。',
      submit: '显示组件',
    },
    element: {
      heading: '网页组件',
      intro: '请将以下代码粘贴到需要显示条目的位置。脚本只需在网页中任意位置添加一次，即可供网页上所有组件使用。',
    },
    iframe: {
      heading: '内嵌框架',
      intro: '请将以下代码粘贴到需要显示条目的位置。框架高度已按所选条目数量设定；添加下方脚本后，高度将随内容精确调整。',
      sandbox: '如对内嵌框架设置沙盒（sandbox），请至少允许以下权限，以便链接正常打开、框架能够报告高度：',
      sizing: '可选：如需框架高度随内容自动调整，请在网页中另行粘贴以下脚本一次。',
    },
    code: '代码',
    policy: '如您的网页设有内容安全策略（Content-Security-Policy），请在其中添加以下来源：',
    styles: '组件样式无需另行添加来源。',
    pinned: '也可固定使用当前版本的脚本，由浏览器按其哈希值校验（子资源完整性）。脚本更新后新版本另有地址，已固定的地址仍提供原版本，组件照常显示。',
    preview: '预览',
  },
}
