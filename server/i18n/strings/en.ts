/** The Worker's interface strings in English: the shape every other language's strings follow. */
import { vocabularyLabels } from './labels'

export const en = {
  entry: {
    // The title of an entry that has no headline.
    title: '{{city}}, {{date}}',
  },
  // Between the items of a list, such as an entry's topics or the values a parameter takes: "Big data, Education".
  listSeparator: ', ',
  site: {
    // Only when the settings document has no title or description of its own.
    title: 'Meeting the World',
    description: "Guiyang's friendly relations with cities around the world, and its exchanges and cooperation with them.",
  },
  feed: {
    // A filtered feed's title and description say what it is filtered to.
    filteredTitle: '{{title}} ({{filters}})',
    filteredDescription: '{{description}} This feed is filtered by {{filters}}.',
    filter: {
      city: 'city: {{value}}',
      country: 'country/region: {{value}}',
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
  // Each language's name, as a sentence in this language names it: "shown in Simplified Chinese".
  language: {
    en: 'English',
    zh: 'Simplified Chinese',
    'zh-hant': 'Traditional Chinese',
  },
  page: {
    // The skip link, by what the page's main content is: the list of entries, or the page's text.
    skipLink: {
      entries: 'Skip to the entries',
      main: 'Skip to the content',
    },
    languageNav: 'Language',
    // A part of the site's own text (its description) that is not translated yet.
    fellBack: 'Parts of this page are not translated yet and are shown in {{language}}.',
    entriesHeading: 'Entries',
    count_one: '{{count}} entry',
    count_other: '{{count}} entries',
    empty: 'No entries match these filters.',
    filters: {
      heading: 'Filter the entries',
      city: 'City',
      country: 'Country/region',
      topic: 'Topic',
      year: 'Year',
      all: 'All',
      // One filter in force, in the sentence below ("city: Fort Worth"), and what goes between two.
      value: {
        city: 'city: {{value}}',
        country: 'country/region: {{value}}',
        topic: 'topic: {{value}}',
        year: 'year: {{value}}',
      },
      separator: '; ',
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
        intro: 'To follow every language, import a subscription list where your reader asks for an OPML file: it subscribes to each language once.',
        // {{languages}} names every language the list holds: "English, Simplified Chinese and Traditional Chinese".
        all: '{{languages}} (Atom)',
        own: '{{language}} only (Atom)',
        json: '{{languages}}, for JSON Feed readers',
        unfiltered: 'The lists subscribe to every entry, without the filters.',
      },
    },
    entry: {
      back: 'All entries',
      date: 'Date',
      place: 'Place',
      relationship: 'Relationship',
      topics: 'Topics',
      coordinates: 'Coordinates',
      // A latitude and a longitude as people write them: "45.5455° N, 11.5354° E".
      latitude: {
        north: '{{degrees}}° N',
        south: '{{degrees}}° S',
      },
      longitude: {
        east: '{{degrees}}° E',
        west: '{{degrees}}° W',
      },
      position: '{{latitude}}, {{longitude}}',
      map: 'See {{city}} on OpenStreetMap',
      otherLanguage: 'Read this entry in {{language}}',
      fellBack: 'Parts of this entry are not translated yet and are shown in {{language}}.',
      // The small world map on an entry page: its city and Guiyang; the city links to OpenStreetMap.
      locator: {
        title: 'Where {{city}} is',
        description: 'A world map of {{city}} and Guiyang, joined by a line; {{city}} links to OpenStreetMap.',
      },
    },
    // The world map on the home page: Guiyang and the cities of the entries listed (count: how many cities).
    map: {
      title: 'Guiyang and its partner cities',
      description_one: 'A world map of Guiyang and the {{count}} city of the entries listed below, joined to Guiyang by a line and linked to its entry.',
      description_other: 'A world map of Guiyang and the {{count}} cities of the entries listed below, each joined to Guiyang by a line and linked to its entry (a city with several entries to their list).',
      home: 'Guiyang',
      // A city's accessible name on a map (pages and widget): when its first relationship among those listed began.
      since: '{{city}}, since {{year}}',
    },
    // The listed entries by year: "From 1992 to 2018", each year's cities linked to their entries.
    timeline: {
      heading: 'Relationships by year',
      span: 'From {{first}} to {{last}}.',
      oneYear: 'In {{year}}.',
      year: '{{year}}',
      relationship: ' ({{relationship}})',
    },
    notFound: {
      title: 'Entry not found',
      body: 'There is no entry at this address. It may have been renamed or removed.',
      back: 'See all entries',
    },
    footer: {
      // From the site settings: who publishes the site.
      publisher: 'Publisher: {{publisher}}',
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
        translations: {
          what: 'The same feed in each other language, one object per language:',
          language: 'its language, as a BCP 47 tag (en, zh-Hans, zh-Hant);',
          title: 'its title;',
          home_page_url: 'the page of its entries;',
          feed_url: 'the feed itself, with the same filters.',
        },
      },
      item: {
        heading: 'On each item',
        date: "The entry's own date, as precise as the source gives it: 2016, 2018-12 or 1992-08-17. Its date_published is that date's first moment in Guiyang time (UTC+8).",
        topics: "The codes of the entry's topics, the values the feeds' and the API's topic filter takes (big-data); tags holds their labels in the feed's language.",
        translations: {
          what: 'The entry in each other language, one object per language:',
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
    // The widget's map layout: Guiyang and the cities it lists (count: how many cities).
    map: {
      title: 'Guiyang and its partner cities',
      description_one: 'A world map of Guiyang and {{count}} partner city, joined to Guiyang by a line and linked to its entry.',
      description_other: 'A world map of Guiyang and {{count}} partner cities, each joined to Guiyang by a line and linked to its entry.',
      home: 'Guiyang',
    },
  },
  ...vocabularyLabels('en'),
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
  // The page where a partner configures the widget and copies its code (/{lang}/embed/).
  configurator: {
    title: 'Widget for partner cities',
    intro:
      'Show our entries on your city’s website: choose what the widget shows, see it below, and copy its code into your page. It comes in two forms: a web component, which takes your page’s fonts, and an iframe, for sites that cannot add a script.',
    form: {
      heading: 'Options',
      city: 'City',
      allCities: 'All cities',
      lang: 'Language',
      limit: 'Number of entries ({{min}} to {{max}})',
      theme: 'Colours',
      themes: {
        auto: 'As the reader’s device is set',
        light: 'Light',
        dark: 'Dark',
      },
      layout: 'Layout',
      layouts: {
        list: 'List',
        timeline: 'Timeline',
        map: 'Map',
      },
      target: 'Open entries in a new tab',
      dateLocale: 'Date locale',
      dateLocaleHint: 'A language tag such as en-US. Left empty, dates are written in the widget’s language.',
      submit: 'Show the widget',
    },
    element: {
      heading: 'Web component',
      intro: 'Paste this where the entries should appear. The script may go once anywhere in the page, for every widget on it.',
    },
    iframe: {
      heading: 'Iframe',
      intro: 'Paste this where the entries should appear. Its height fits the entries you chose; the script below makes it follow them exactly.',
      sandbox: 'If you sandbox the iframe, allow at least this, so that its links open and it can report its height:',
      sizing: 'Optional: to size the frame to its content, also paste this script once in the page.',
    },
    code: 'Code',
    policy: 'If your page has a Content-Security-Policy, add these sources to it:',
    styles: 'The widget’s styles need no source of their own.',
    pinned: 'Or pin today’s version of the script, which browsers check by its hash (Subresource Integrity). A new version gets an address of its own; the one you pinned keeps serving this version, so your widget stays as it is.',
    preview: 'Preview',
  },
}

export type Strings = typeof en
/** Another language's strings: the same keys, every value a string. */
export type Translation<T = Strings> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }
