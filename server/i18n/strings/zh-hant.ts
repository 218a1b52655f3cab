/**
 * The Worker's interface strings in Traditional Chinese (`zh-hant`), as a
 * mainland publisher's Traditional edition writes them: the Simplified strings
 * (zh.ts) in OpenCC's `s2t` characters, the same characters the entries are
 * converted to (server/content/traditional.ts), reviewed by hand. Names and
 * terms stay the publisher's own (信息, 服務器, 接口, 加載, 坐標), never Taiwan's
 * or Hong Kong's (資訊, 伺服器, 介面, 載入, 座標). A change to zh.ts is made here too.
 */
import type { Translation } from './en'
import { vocabularyLabels } from './labels'

export const zhHant: Translation = {
  entry: {
    title: '{{city}}，{{date}}',
  },
  // Between the items of a list, such as an entry's topics or the values a parameter takes: "Big data, Education".
  listSeparator: '、',
  site: {
    title: '走向世界',
    description: '貴陽市與世界各地城市建立友好關係、開展交流合作情況。',
  },
  feed: {
    filteredTitle: '{{title}}（{{filters}}）',
    filteredDescription: '{{description}}此訂閱源的篩選條件爲{{filters}}。',
    filter: {
      city: '城市：{{value}}',
      country: '國家/地區：{{value}}',
      topic: '主題：{{value}}',
      year: '年份：{{value}}',
    },
    filterSeparator: '；',
    linkTitle: '{{title}}（{{format}}）',
    listTitle: '{{title}}：訂閱源',
    jsonListTitle: '{{title}}：JSON Feed訂閱源',
  },
  language: {
    en: '英文',
    zh: '簡體中文',
    'zh-hant': '繁體中文',
  },
  page: {
    skipLink: {
      entries: '跳至條目列表',
      main: '跳至正文',
    },
    languageNav: '語言',
    fellBack: '本頁部分內容尚未翻譯，以{{language}}顯示。',
    entriesHeading: '條目',
    count_one: '共{{count}}條',
    count_other: '共{{count}}條',
    empty: '沒有符合篩選條件的條目。',
    filters: {
      heading: '篩選條目',
      city: '城市',
      country: '國家/地區',
      topic: '主題',
      year: '年份',
      all: '全部',
      value: {
        city: '城市爲{{value}}',
        country: '國家/地區爲{{value}}',
        topic: '主題爲{{value}}',
        year: '年份爲{{value}}',
      },
      separator: '，',
      active: '當前篩選條件：{{filters}}。',
      clear: '顯示全部條目',
    },
    subscribe: {
      heading: '訂閱',
      intro: '將一個訂閱源地址複製到您的閱讀器中即可。請只選一種格式：各格式內容相同，訂閱兩種會使每個條目重複出現。',
      filtered: '這些訂閱源保留了您選擇的篩選條件。',
      for: {
        atom: '{{format}}（推薦）：適用於大多數閱讀器，如Feedly、Inoreader、NetNewsWire、Thunderbird、newsboat',
        json: '{{format}}：適用於支持JSON Feed的閱讀器，如NetNewsWire、Feedbin',
        rss: '{{format}}：僅供無法讀取Atom的閱讀器使用',
      },
      open: '打開',
      openFeed: '打開{{format}}訂閱源',
      openIn: '在{{reader}}中打開',
      lists: {
        heading: '導入訂閱列表（OPML）',
        intro: '如需關注所有語言的內容，請在閱讀器的“導入OPML”功能中導入訂閱列表：每種語言只訂閱一次。',
        all: '{{languages}}（Atom）',
        own: '僅{{language}}（Atom）',
        json: '{{languages}}，供JSON Feed閱讀器使用',
        unfiltered: '訂閱列表不含篩選條件，包含全部條目。',
      },
    },
    entry: {
      back: '全部條目',
      date: '日期',
      place: '地點',
      relationship: '關係類型',
      topics: '主題',
      coordinates: '坐標',
      latitude: {
        north: '北緯{{degrees}}°',
        south: '南緯{{degrees}}°',
      },
      longitude: {
        east: '東經{{degrees}}°',
        west: '西經{{degrees}}°',
      },
      position: '{{latitude}}，{{longitude}}',
      map: '在OpenStreetMap上查看{{city}}',
      otherLanguage: '閱讀此條目的{{language}}版本',
      fellBack: '此條目的部分內容尚未翻譯，以{{language}}顯示。',
      locator: {
        title: '{{city}}位置示意圖',
        description: '世界地圖，標出{{city}}和貴陽市的位置，以連線相連；點擊{{city}}可在OpenStreetMap上查看。',
      },
    },
    map: {
      title: '貴陽市國際交往城市分佈示意圖',
      description_one: '世界地圖，標出貴陽市和下列條目中的{{count}}個城市，以連線與貴陽市相連，點擊城市可查看相應條目。',
      description_other: '世界地圖，標出貴陽市和下列條目中的{{count}}個城市，各以連線與貴陽市相連，點擊城市可查看相應條目；有多個條目的城市鏈接到該城市的條目列表。',
      home: '貴陽',
      since: '{{city}}（{{year}}年起）',
    },
    timeline: {
      heading: '友好交往大事記',
      span: '{{first}}至{{last}}',
      oneYear: '{{year}}',
      year: '{{year}}年',
      relationship: '（{{relationship}}）',
    },
    notFound: {
      title: '未找到條目',
      body: '此地址沒有條目，可能已被更名或刪除。',
      back: '查看全部條目',
    },
    footer: {
      publisher: '主辦單位：{{publisher}}',
      api: 'JSON接口',
      widget: '供合作城市使用的網頁嵌入組件',
    },
    jsonFeedExtension: {
      title: 'JSON Feed擴展：_meeting_the_world',
      intro:
        '本站的JSON Feed（JSON Feed 1.1）將該格式沒有對應字段的信息放在名爲_meeting_the_world的對象中，訂閱源和每個條目各有一個。不識別該對象的閱讀器會按格式規定將其忽略。',
      feed: {
        heading: '訂閱源中',
        about: '本頁的地址。',
        translations: {
          what: '其他每種語言的同一訂閱源，每種語言一個對象：',
          language: '其語言，以BCP 47標籤表示（en、zh-Hans、zh-Hant）；',
          title: '其標題；',
          home_page_url: '其條目所在的頁面；',
          feed_url: '該訂閱源本身，篩選條件相同。',
        },
      },
      item: {
        heading: '每個條目中',
        date: '條目本身的日期，精確程度與來源一致：2016、2018-12或1992-08-17。其date_published爲該日期在貴陽時間（UTC+8）的起始時刻。',
        topics: '條目主題的代碼，即訂閱源和接口的topic篩選參數所接受的值（如big-data）；tags爲這些主題在訂閱源語言中的名稱。',
        translations: {
          what: '該條目在其他每種語言中的版本，每種語言一個對象：',
          language: '其語言，以BCP 47標籤表示；',
          title: '其在該語言中的標題；',
          url: '其頁面。',
        },
      },
    },
  },
  embed: {
    label: '走向世界：條目',
    loading: '正在加載條目……',
    empty: '暫無條目。',
    error: '無法加載條目。',
    all: '全部條目',
    feed: '訂閱',
    map: {
      title: '貴陽市國際交往城市分佈示意圖',
      description_one: '世界地圖，標出貴陽市和{{count}}個城市和地區，以連線與貴陽市相連，點擊城市可查看相應條目。',
      description_other: '世界地圖，標出貴陽市和{{count}}個城市和地區，各以連線與貴陽市相連，點擊城市可查看相應條目。',
      home: '貴陽',
    },
  },
  ...vocabularyLabels('zh-hant'),
  problem: {
    invalidParameters: {
      title: '查詢參數無效',
      detail: '以下查詢參數的值無效：{{names}}。',
    },
    notFound: {
      title: '未找到',
      detail: '{{path}}不存在。',
    },
    entryNotFound: {
      title: '未找到條目',
      detail: '網址標識爲“{{slug}}”的條目不存在。',
    },
    internal: {
      title: '服務器出錯',
      detail: '服務器暫時無法處理此請求，請稍後再試。',
    },
    unavailable: {
      title: '內容源暫不可用',
      detail: '暫時無法讀取內容，請稍後再試。',
    },
    previewSecretMissing: {
      title: '需要預覽密鑰',
      detail: '預覽僅供編輯使用：請在Studio中從條目打開此頁，其鏈接帶有預覽密鑰。',
    },
    previewSecretWrong: {
      title: '預覽密鑰錯誤或已過期',
      detail: '此預覽密鑰不是Studio創建的，或創建已超過一小時。請在Studio中從條目重新打開預覽。',
    },
    previewUnavailable: {
      title: '預覽需要Sanity項目',
      detail: '草稿預覽從Sanity項目讀取草稿：請設置SANITY_PROJECT_ID和密鑰SANITY_READ_TOKEN。內置數據集沒有草稿。',
    },
    webhookNotConfigured: {
      title: '未設置Webhook密鑰',
      detail:
        '本服務器未設置Webhook密鑰，無法辨別Sanity發來的Webhook：請用`wrangler secret put SANITY_WEBHOOK_SECRET`設置與Sanity Webhook相同的密鑰。',
    },
    webhookUnsigned: {
      title: '缺少Webhook簽名',
      detail: '請求中沒有{{header}}標頭：只有用共享密鑰簽名的Sanity Webhook才能清除緩存。',
    },
    webhookBadSignature: {
      title: 'Webhook簽名無效',
      detail: '{{header}}標頭不是用本服務器的Webhook密鑰對此請求正文所作的簽名。',
    },
    webhookStale: {
      title: 'Webhook簽名不在有效時間內',
      detail: '請求正文的簽名時間爲{{signedAt}}；本服務器（當前時間{{now}}）只接受其時鐘之前五分鐘至之後一分鐘內所作的簽名。',
    },
    webhookTooLarge: {
      title: 'Webhook請求正文過大',
      detail: '請求正文超過{{limit}}字節，大於本站任何Webhook所發送的內容。',
    },
    webhookMalformed: {
      title: 'Webhook請求正文無效',
      detail: '請求正文與Webhook投影所發送的內容不符：應爲包含_id、_type、operation、before和after的JSON。',
    },
    webhookUnknownType: {
      title: '未知的文檔類型',
      detail: '本站不提供類型爲“{{type}}”的文檔；Webhook只應發送：{{allowed}}。',
    },
    deployHookMalformed: {
      title: '部署鉤子請求正文無效',
      detail: '請求正文與npm run deploy發送給此鉤子的內容不符：應爲{{body}}。',
    },
    purgeFailed: {
      title: '未能清除緩存',
      detail: '暫時無法清除邊緣緩存。請稍後重新發送Webhook（Sanity會自動重試）。',
    },
  },
  parameter: {
    lang: 'lang必須是以下值之一：{{allowed}}。',
    city: 'city必須是合作城市的英文名稱（小寫，以連字符連接），可選值：{{allowed}}。',
    country: 'country必須是ISO 3166-1二位字母國家或地區代碼，例如{{examples}}。',
    topic: 'topic必須是以下值之一：{{allowed}}。',
    year: 'year必須是四位數年份，例如2018。',
    limit: 'limit必須是{{min}}到{{max}}之間的整數。',
    cursor: 'cursor必須是本接口返回的nextCursor值。',
    repeated: '{{name}}只能提供一次。',
  },
  configurator: {
    title: '供合作城市使用的網頁嵌入組件',
    intro:
      '在貴市網站上展示本站條目：選擇組件顯示的內容，在下方預覽，再將代碼複製到您的網頁中。組件有兩種形式：網頁組件（Web Component），沿用您網頁的字體；內嵌框架（iframe），適用於無法添加腳本的網站。',
    form: {
      heading: '選項',
      city: '城市',
      allCities: '全部城市',
      lang: '語言',
      limit: '條目數量（{{min}}至{{max}}條）',
      theme: '配色',
      themes: {
        auto: '跟隨讀者設備設置',
        light: '淺色',
        dark: '深色',
      },
      layout: '版式',
      layouts: {
        list: '列表',
        timeline: '時間軸',
        map: '地圖',
      },
      target: '在新標籤頁中打開條目',
      dateLocale: '日期格式所用語言',
      dateLocaleHint: '填寫語言標籤，如en-US；留空則按組件的語言顯示日期。',
      submit: '顯示組件',
    },
    element: {
      heading: '網頁組件',
      intro: '請將以下代碼粘貼到需要顯示條目的位置。腳本只需在網頁中任意位置添加一次，即可供網頁上所有組件使用。',
    },
    iframe: {
      heading: '內嵌框架',
      intro: '請將以下代碼粘貼到需要顯示條目的位置。框架高度已按所選條目數量設定；添加下方腳本後，高度將隨內容精確調整。',
      sandbox: '如對內嵌框架設置沙盒（sandbox），請至少允許以下權限，以便鏈接正常打開、框架能夠報告高度：',
      sizing: '可選：如需框架高度隨內容自動調整，請在網頁中另行粘貼以下腳本一次。',
    },
    code: '代碼',
    policy: '如您的網頁設有內容安全策略（Content-Security-Policy），請在其中添加以下來源：',
    styles: '組件樣式無需另行添加來源。',
    pinned: '也可固定使用當前版本的腳本，由瀏覽器按其哈希值校驗（子資源完整性）。腳本更新後新版本另有地址，已固定的地址仍提供原版本，組件照常顯示。',
    preview: '預覽',
  },
}
