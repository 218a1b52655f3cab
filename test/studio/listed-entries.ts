/**
 * How the Studio lists each entry of the embedded dataset, newest first, as an
 * editor reads it: the English title, then the date and the Chinese title.
 * Written out, not computed, so that a test fails when the preview does.
 */
export const LISTED_ENTRIES: Readonly<Record<string, readonly [title: string, subtitle: string]>> = {
  'entry-vicenza-2018': ['Vicenza and Guiyang sign friendship agreement', 'December 2018 · 贵阳市与意大利维琴察市签署友好交流关系协议'],
  'entry-berkeley-2018': [
    'Guiyang and Berkeley sign friendship memorandum of understanding',
    '26 May 2018 · 贵阳市与美国伯克利市签署友好交流谅解备忘录',
  ],
  'entry-cupertino-2017': [
    'Cupertino and Guiyang sign friendship agreement at Big Data Expo',
    '28 May 2017 · 贵阳市与美国库比蒂诺市在数博会期间签署友好交流关系协议',
  ],
  'entry-silicon-valley-2016': [
    'Guizhou province officials visit Silicon Valley to promote big data pilot zone',
    '2016 · 贵州省领导访问美国硅谷，推进大数据综合试验区建设',
  ],
  'entry-burnaby-2014': ['Burnaby and Guiyang sign friendship agreement', '17 April 2014 · 贵阳市与加拿大本拿比市签署友好交流关系协议'],
  'entry-fort-worth-2011': [
    'Guiyang delegation signs friendship agreement in Fort Worth',
    'October 2011 · 贵阳市代表团访问美国沃思堡市并签署友好交流关系协议',
  ],
  'entry-palmerston-north-1992': [
    "Palmerston North becomes Guiyang's first international sister city",
    '17 August 1992 · 新西兰北帕默斯顿市成为贵阳市首个国际友好城市',
  ],
}
