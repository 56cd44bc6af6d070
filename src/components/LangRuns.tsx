const CJK_RUN = /([\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+)/;

/**
 * English text that names Chinese places (解放大道, 太平洋站): each Chinese
 * run is marked `lang="zh-CN"`, so a screen reader reads it as Chinese and
 * the rest as English.
 */
export function LangRuns({ text }: { text: string }) {
  return (
    <>
      {text.split(CJK_RUN).map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one string never reorder
          <span key={i} lang="zh-CN">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
