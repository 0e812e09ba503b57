// Reviewer notes (Chinese) attached to a ParsedDocument.
export const IMAGES_ONLY_NOTE = '文档只包含图片（可能是扫描件），没有可提取的文字，请查看原件人工录入';
export const EMPTY_NOTE = '文档中没有可提取的文字';
