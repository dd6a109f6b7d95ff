// opencc-js ships its dictionaries as modules (`opencc-js/dict/…`, "traditional simplified|…")
// without type declarations.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
