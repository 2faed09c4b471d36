// Every subset rule. The order does not matter: diagnostics are sorted by place afterwards.
import type { SubsetRule } from "../rule";
import { fixedWidthStores } from "./fixedWidthStores";
import { noAbstract } from "./noAbstract";
import { noAccessors } from "./noAccessors";
import { noAny } from "./noAny";
import { noArguments } from "./noArguments";
import { noAsync } from "./noAsync";
import { noBigInt } from "./noBigInt";
import { noBuiltinFunctionValues } from "./noBuiltinFunctionValues";
import { noCommaOperator } from "./noCommaOperator";
import { noCovariantContainers } from "./noCovariantContainers";
import { noDeclare } from "./noDeclare";
import { noDecorators } from "./noDecorators";
import { noDefaultsUsingParameters } from "./noDefaultsUsingParameters";
import { noDelete } from "./noDelete";
import { noDestructuring } from "./noDestructuring";
import { noDynamicKeys } from "./noDynamicKeys";
import { noExceptions } from "./noExceptions";
import { noExtraCallbackParameters } from "./noExtraCallbackParameters";
import { noForIn } from "./noForIn";
import { noForOfNonArray } from "./noForOfNonArray";
import { noFunctionExpressions } from "./noFunctionExpressions";
import { noGenerators } from "./noGenerators";
import { noGenerics } from "./noGenerics";
import { noGlobalAugmentation } from "./noGlobalAugmentation";
import { noIndexSignatures } from "./noIndexSignatures";
import { noLabels } from "./noLabels";
import { noLooseEquality } from "./noLooseEquality";
import { noMethodValues } from "./noMethodValues";
import { noModuleImports } from "./noModuleImports";
import { noNamespaces } from "./noNamespaces";
import { noNestedDeclarations } from "./noNestedDeclarations";
import { noNeverArrays } from "./noNeverArrays";
import { noNonNumericEnums } from "./noNonNumericEnums";
import { noNullishElementFallback } from "./noNullishElementFallback";
import { noObjectLiteralForMethods } from "./noObjectLiteralForMethods";
import { noObjectToString } from "./noObjectToString";
import { noOmittedArgumentsOnValues } from "./noOmittedArgumentsOnValues";
import { noOperatorsNotYet } from "./noOperatorsNotYet";
import { noOptionalProperties } from "./noOptionalProperties";
import { noOverloads } from "./noOverloads";
import { noPrototype } from "./noPrototype";
import { noReferenceDirectives } from "./noReferenceDirectives";
import { noRegex } from "./noRegex";
import { noScriptFiles } from "./noScriptFiles";
import { noSpreadRest } from "./noSpreadRest";
import { noThisAsValue } from "./noThisAsValue";
import { noThisOutsideClass } from "./noThisOutsideClass";
import { noTypeAliases } from "./noTypeAliases";
import { noTypeAssertions } from "./noTypeAssertions";
import { noTypeFeatures } from "./noTypeFeatures";
import { noUnions } from "./noUnions";
import { noUnsupportedExports } from "./noUnsupportedExports";
import { noUnsupportedGlobals } from "./noUnsupportedGlobals";
import { noUnsupportedMembers } from "./noUnsupportedMembers";
import { noUnsupportedSyntax } from "./noUnsupportedSyntax";
import { noUntypedObjectLiterals } from "./noUntypedObjectLiterals";
import { noVar } from "./noVar";
import { noVoidOperator } from "./noVoidOperator";
import { noVoidValues } from "./noVoidValues";

export const rules: readonly SubsetRule[] = [
  fixedWidthStores,
  noAbstract,
  noAccessors,
  noAny,
  noArguments,
  noAsync,
  noBigInt,
  noBuiltinFunctionValues,
  noCommaOperator,
  noCovariantContainers,
  noDeclare,
  noDecorators,
  noDefaultsUsingParameters,
  noDelete,
  noDestructuring,
  noDynamicKeys,
  noExceptions,
  noExtraCallbackParameters,
  noForIn,
  noForOfNonArray,
  noFunctionExpressions,
  noGenerators,
  noGenerics,
  noGlobalAugmentation,
  noIndexSignatures,
  noLabels,
  noLooseEquality,
  noMethodValues,
  noModuleImports,
  noNamespaces,
  noNestedDeclarations,
  noNeverArrays,
  noNonNumericEnums,
  noNullishElementFallback,
  noObjectLiteralForMethods,
  noObjectToString,
  noOmittedArgumentsOnValues,
  noOperatorsNotYet,
  noOptionalProperties,
  noOverloads,
  noPrototype,
  noReferenceDirectives,
  noRegex,
  noScriptFiles,
  noSpreadRest,
  noThisAsValue,
  noThisOutsideClass,
  noTypeAliases,
  noTypeAssertions,
  noTypeFeatures,
  noUnions,
  noUnsupportedExports,
  noUnsupportedGlobals,
  noUnsupportedMembers,
  noUnsupportedSyntax,
  noUntypedObjectLiterals,
  noVar,
  noVoidOperator,
  noVoidValues,
];
