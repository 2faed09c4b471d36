// Every subset rule. The order does not matter: diagnostics are sorted by place afterwards.
import type { SubsetRule } from "../rule";
import { noUnsupportedExports } from "./noUnsupportedExports";
import { noForOfNonArray } from "./noForOfNonArray";
import { noGlobalAugmentation } from "./noGlobalAugmentation";
import { noMethodValues } from "./noMethodValues";
import { noNestedDeclarations } from "./noNestedDeclarations";
import { noObjectLiteralForMethods } from "./noObjectLiteralForMethods";
import { noOmittedArgumentsOnValues } from "./noOmittedArgumentsOnValues";
import { noObjectToString } from "./noObjectToString";
import { noReferenceDirectives } from "./noReferenceDirectives";
import { noScriptFiles } from "./noScriptFiles";
import { noVoidValues } from "./noVoidValues";
import { noAbstract } from "./noAbstract";
import { noAccessors } from "./noAccessors";
import { noAny } from "./noAny";
import { noArguments } from "./noArguments";
import { noAsync } from "./noAsync";
import { noBigInt } from "./noBigInt";
import { noCommaOperator } from "./noCommaOperator";
import { noDeclare } from "./noDeclare";
import { noDecorators } from "./noDecorators";
import { noDelete } from "./noDelete";
import { noDestructuring } from "./noDestructuring";
import { noDynamicKeys } from "./noDynamicKeys";
import { noEval } from "./noEval";
import { noExceptions } from "./noExceptions";
import { noForIn } from "./noForIn";
import { noFunctionExpressions } from "./noFunctionExpressions";
import { noGenerators } from "./noGenerators";
import { noGenerics } from "./noGenerics";
import { noIndexSignatures } from "./noIndexSignatures";
import { noLabels } from "./noLabels";
import { noLooseEquality } from "./noLooseEquality";
import { noModuleImports } from "./noModuleImports";
import { noNamespaces } from "./noNamespaces";
import { noNonNumericEnums } from "./noNonNumericEnums";
import { noNull } from "./noNull";
import { noOperatorsNotYet } from "./noOperatorsNotYet";
import { noOptionalChaining } from "./noOptionalChaining";
import { noOptionalProperties } from "./noOptionalProperties";
import { noOverloads } from "./noOverloads";
import { noPrototype } from "./noPrototype";
import { noRegex } from "./noRegex";
import { noSpreadRest } from "./noSpreadRest";
import { noThisOutsideClass } from "./noThisOutsideClass";
import { noTypeAliases } from "./noTypeAliases";
import { noTypeAssertions } from "./noTypeAssertions";
import { noTypeFeatures } from "./noTypeFeatures";
import { noTypeof } from "./noTypeof";
import { noUnions } from "./noUnions";
import { noUnsupportedGlobals } from "./noUnsupportedGlobals";
import { noUnsupportedMembers } from "./noUnsupportedMembers";
import { noUnsupportedSyntax } from "./noUnsupportedSyntax";
import { noUntypedObjectLiterals } from "./noUntypedObjectLiterals";
import { noVar } from "./noVar";
import { noVoidOperator } from "./noVoidOperator";

export const rules: readonly SubsetRule[] = [
  noUnsupportedExports,
  noForOfNonArray,
  noGlobalAugmentation,
  noMethodValues,
  noNestedDeclarations,
  noObjectLiteralForMethods,
  noOmittedArgumentsOnValues,
  noObjectToString,
  noReferenceDirectives,
  noScriptFiles,
  noVoidValues,
  noAbstract,
  noAccessors,
  noAny,
  noArguments,
  noAsync,
  noBigInt,
  noCommaOperator,
  noDeclare,
  noDecorators,
  noDelete,
  noDestructuring,
  noDynamicKeys,
  noEval,
  noExceptions,
  noForIn,
  noFunctionExpressions,
  noGenerators,
  noGenerics,
  noIndexSignatures,
  noLabels,
  noLooseEquality,
  noModuleImports,
  noNamespaces,
  noNonNumericEnums,
  noNull,
  noOperatorsNotYet,
  noOptionalChaining,
  noOptionalProperties,
  noOverloads,
  noPrototype,
  noRegex,
  noSpreadRest,
  noThisOutsideClass,
  noTypeAliases,
  noTypeAssertions,
  noTypeFeatures,
  noTypeof,
  noUnions,
  noUnsupportedGlobals,
  noUnsupportedMembers,
  noUnsupportedSyntax,
  noUntypedObjectLiterals,
  noVar,
  noVoidOperator,
];
