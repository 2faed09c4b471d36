// Every subset rule, in the order their diagnostics are produced for one node.
import type { SubsetRule } from "../rule";
import { noAbstract } from "./noAbstract";
import { noAccessors } from "./noAccessors";
import { noArguments } from "./noArguments";
import { noAsync } from "./noAsync";
import { noBigInt } from "./noBigInt";
import { noCommaOperator } from "./noCommaOperator";
import { noDeclare } from "./noDeclare";
import { noDecorators } from "./noDecorators";
import { noDelete } from "./noDelete";
import { noDestructuring } from "./noDestructuring";
import { noEval } from "./noEval";
import { noExceptions } from "./noExceptions";
import { noForIn } from "./noForIn";
import { noFunctionExpressions } from "./noFunctionExpressions";
import { noGenerators } from "./noGenerators";
import { noGenerics } from "./noGenerics";
import { noIndexSignatures } from "./noIndexSignatures";
import { noLabels } from "./noLabels";
import { noLooseEquality } from "./noLooseEquality";
import { noNamespaces } from "./noNamespaces";
import { noNull } from "./noNull";
import { noOptionalChaining } from "./noOptionalChaining";
import { noOptionalProperties } from "./noOptionalProperties";
import { noOverloads } from "./noOverloads";
import { noRegex } from "./noRegex";
import { noSpreadRest } from "./noSpreadRest";
import { noTypeAliases } from "./noTypeAliases";
import { noTypeAssertions } from "./noTypeAssertions";
import { noTypeof } from "./noTypeof";
import { noVar } from "./noVar";
import { noVoidOperator } from "./noVoidOperator";

export const rules: readonly SubsetRule[] = [
  noAbstract,
  noAccessors,
  noArguments,
  noAsync,
  noBigInt,
  noCommaOperator,
  noDeclare,
  noDecorators,
  noDelete,
  noDestructuring,
  noEval,
  noExceptions,
  noForIn,
  noFunctionExpressions,
  noGenerators,
  noGenerics,
  noIndexSignatures,
  noLabels,
  noLooseEquality,
  noNamespaces,
  noNull,
  noOptionalChaining,
  noOptionalProperties,
  noOverloads,
  noRegex,
  noSpreadRest,
  noTypeAliases,
  noTypeAssertions,
  noTypeof,
  noVar,
  noVoidOperator,
];
