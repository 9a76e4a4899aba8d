/** The parts of spdx-expression-parse the licence test uses (the package ships no types). */
declare module 'spdx-expression-parse' {
  type Expression = { license: string; plus?: true; exception?: string } | { left: Expression; conjunction: 'and' | 'or'; right: Expression };
  export default function parse(source: string): Expression;
}
