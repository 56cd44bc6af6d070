// opencc-js ships no types for its dictionary modules; each is one "trad simp|…" string.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
