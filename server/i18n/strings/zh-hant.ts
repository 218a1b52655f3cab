/**
 * The Worker's interface strings in Traditional Chinese (`zh-hant`): the
 * Simplified strings in OpenCC's `s2t` characters, reviewed by hand, keeping
 * the publisher's names and terms (not Taiwan's or Hong Kong's).
 */
import type { Translation } from './en'
import { vocabularyLabels } from './labels'

export const zhHant: Translation = {
  entry: {
    title: '{{city}}，{{date}}',
  },
  site: {
    title: '走向世界',
    description: '貴陽市與世界各地友好城市簽署友好協議、開展交流與合作的情況。',
  },
  feed: {
    filteredTitle: '{{title}}（{{filters}}）',
    filteredDescription: '{{description}}此訂閱源的篩選條件爲{{filters}}。',
    filter: {
      city: '城市：{{value}}',
      country: '國家：{{value}}',
      topic: '主題：{{value}}',
      year: '年份：{{value}}',
    },
    filterSeparator: '；',
    linkTitle: '{{title}}（{{format}}）',
    listTitle: '{{title}}：訂閱源',
    jsonListTitle: '{{title}}：JSON Feed 訂閱源',
  },
  page: {
    skipLink: '跳到條目列表',
    languageNav: '語言',
    placeSeparator: '，',
    entriesHeading: '條目',
    count_one: '共 {{count}} 個條目',
    count_other: '共 {{count}} 個條目',
    empty: '沒有符合這些篩選條件的條目。',
    filters: {
      heading: '篩選條目',
      city: '城市',
      country: '國家',
      topic: '主題',
      year: '年份',
      all: '全部',
      active: '當前篩選條件：{{filters}}。',
      clear: '顯示全部條目',
    },
    subscribe: {
      heading: '訂閱',
      intro: '將一個訂閱源地址複製到您的閱讀器中即可。請只選一種格式：各格式內容相同，訂閱兩種會使每個條目重複出現。',
      filtered: '這些訂閱源保留了您選擇的篩選條件。',
      for: {
        atom: '{{format}}（推薦）：適用於大多數閱讀器，如 Feedly、Inoreader、NetNewsWire、Thunderbird、newsboat',
        json: '{{format}}：適用於支持 JSON Feed 的閱讀器，如 NetNewsWire、Feedbin',
        rss: '{{format}}：僅供無法讀取 Atom 的閱讀器使用',
      },
      open: '打開',
      openFeed: '打開 {{format}} 訂閱源',
      openIn: '在 {{reader}} 中打開',
      lists: {
        heading: '導入訂閱列表（OPML）',
        intro: '如需同時關注中英文內容，請在閱讀器的“導入 OPML”功能中導入訂閱列表：每種語言只訂閱一次。',
        all: '中文和英文（Atom）',
        own: '僅中文（Atom）',
        json: '中文和英文，供 JSON Feed 閱讀器使用',
        unfiltered: '訂閱列表不含篩選條件，包含全部條目。',
      },
    },
    entry: {
      back: '全部條目',
      date: '日期',
      place: '合作城市',
      relationship: '關係',
      topics: '主題',
      coordinates: '座標',
      map: '在 OpenStreetMap 上查看{{city}}',
      otherLanguage: '閱讀此條目的{{language}}版本',
      fellBack: '此條目的部分內容尚未翻譯，以{{language}}顯示。',
    },
    notFound: {
      title: '未找到條目',
      body: '此地址沒有條目，可能已被更名或刪除。',
      back: '查看全部條目',
    },
    footer: {
      api: 'JSON 接口',
      widget: '友好城市網站插件',
    },
    jsonFeedExtension: {
      title: 'JSON Feed 擴展：_meeting_the_world',
      intro:
        '本站的 JSON Feed（JSON Feed 1.1）將該格式沒有對應字段的信息放在名爲 _meeting_the_world 的對象中，訂閱源和每個條目各有一個。不識別該對象的閱讀器會按格式規定將其忽略。',
      feed: {
        heading: '訂閱源中',
        about: '本頁的地址。',
        translation: {
          what: '另一語言的同一訂閱源：',
          language: '其語言，以 BCP 47 標籤表示（en、zh-Hans）；',
          title: '其標題；',
          home_page_url: '其條目所在的頁面；',
          feed_url: '該訂閱源本身，篩選條件相同。',
        },
      },
      item: {
        heading: '每個條目中',
        date: '條目本身的日期，精確程度與來源一致：2016、2018-12 或 1992-08-17。其 date_published 爲該日期在貴陽時間（UTC+8）的起始時刻。',
        topics: '條目主題的代碼，即訂閱源和接口的 topic 篩選參數所接受的值（如 big-data）；tags 爲這些主題在訂閱源語言中的名稱。',
        translation: {
          what: '另一語言的該條目：',
          language: '其語言，以 BCP 47 標籤表示；',
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
  },
  ...vocabularyLabels('zh-hant'),
  problem: {
    invalidParameters: {
      title: '查詢參數無效',
      detail: '以下查詢參數的值不被接受：{{names}}。',
    },
    notFound: {
      title: '未找到',
      detail: '{{path}} 不存在。',
    },
    entryNotFound: {
      title: '未找到條目',
      detail: '沒有別名爲“{{slug}}”的條目。',
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
      detail: '預覽僅供編輯使用：請在 Studio 中從條目打開此頁，其鏈接帶有預覽密鑰。',
    },
    previewSecretWrong: {
      title: '預覽密鑰錯誤或已過期',
      detail: '此預覽密鑰不是 Studio 創建的，或創建已超過一小時。請在 Studio 中從條目重新打開預覽。',
    },
    previewUnavailable: {
      title: '預覽需要 Sanity 項目',
      detail: '草稿預覽從 Sanity 項目讀取草稿：請設置 SANITY_PROJECT_ID 和密鑰 SANITY_READ_TOKEN。內置數據集沒有草稿。',
    },
    webhookNotConfigured: {
      title: '未設置 Webhook 密鑰',
      detail:
        '本服務器未設置 Webhook 密鑰，無法辨別 Sanity 發來的 Webhook：請用 `wrangler secret put SANITY_WEBHOOK_SECRET` 設置與 Sanity Webhook 相同的密鑰。',
    },
    webhookUnsigned: {
      title: '缺少 Webhook 簽名',
      detail: '請求中沒有 {{header}} 標頭：只有用共享密鑰簽名的 Sanity Webhook 才能清除緩存。',
    },
    webhookBadSignature: {
      title: 'Webhook 簽名無效',
      detail: '{{header}} 標頭不是用本服務器的 Webhook 密鑰對此請求正文所作的簽名。',
    },
    webhookStale: {
      title: 'Webhook 簽名不在有效時間內',
      detail: '請求正文的簽名時間爲 {{signedAt}}；本服務器（當前時間 {{now}}）只接受其時鐘之前五分鐘至之後一分鐘內所作的簽名。',
    },
    webhookTooLarge: {
      title: 'Webhook 請求正文過大',
      detail: '請求正文超過 {{limit}} 字節，大於本站任何 Webhook 所發送的內容。',
    },
    webhookMalformed: {
      title: 'Webhook 請求正文無效',
      detail: '請求正文與 Webhook 投影所發送的內容不符：應爲包含 _id、_type、operation、before 和 after 的 JSON。',
    },
    webhookUnknownType: {
      title: '未知的文檔類型',
      detail: '本站不提供類型爲“{{type}}”的文檔；Webhook 只應發送：{{allowed}}。',
    },
    deployHookMalformed: {
      title: '部署鉤子請求正文無效',
      detail: '請求正文與 npm run deploy 發送給此鉤子的內容不符：應爲 {{body}}。',
    },
    purgeFailed: {
      title: '未能清除緩存',
      detail: '暫時無法清除邊緣緩存。請稍後重新發送 Webhook（Sanity 會自動重試）。',
    },
  },
  parameter: {
    lang: 'lang 必須是以下值之一：{{allowed}}。',
    city: 'city 必須是合作城市的英文名稱（小寫，以連字符連接），可選值：{{allowed}}。',
    country: 'country 必須是 ISO 3166-1 二位字母國家代碼，例如 {{examples}}。',
    topic: 'topic 必須是以下值之一：{{allowed}}。',
    year: 'year 必須是四位數年份，例如 2018。',
    limit: 'limit 必須是 {{min}} 到 {{max}} 之間的整數。',
    cursor: 'cursor 必須是本接口返回的 nextCursor 值。',
    repeated: '{{name}} 只能提供一次。',
  },
}
