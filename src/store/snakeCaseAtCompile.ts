import {
  CamelCasePlugin,
  type DefaultQueryCompiler,
  type LimitNode,
  PostgresDialect,
  PostgresQueryCompiler,
  SqliteDialect,
  SqliteQueryCompiler,
  type CompiledQuery,
  type PluginTransformQueryArgs,
  type QueryCompiler,
  type QueryId,
  type RootOperationNode,
  ValueNode,
} from 'kysely';

/** Set on a query's root node by the plugin: its identifiers are ours (camelCase) and compile in snake_case. */
const SNAKE_CASE = Symbol('snake_case identifiers');

type Marked = RootOperationNode & { readonly [SNAKE_CASE]?: true };

/**
 * Kysely's CamelCasePlugin renames identifiers by copying the whole query tree before it is compiled: on an import
 * that copy cost more than running the statements. This one only marks the query; the compilers below write each
 * identifier in snake_case as they print it. The SQL is the same; rows still come back in camelCase. A query built
 * without the plugin (`withoutPlugins`, savepoints) is not marked and keeps its identifiers as written.
 */
export class CamelCaseAtCompile extends CamelCasePlugin {
  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return { ...args.node, [SNAKE_CASE]: true } as Marked;
  }

  /** Our name of a column or table in the database's spelling: `subjectId` is `subject_id`. */
  toSnakeCase(identifier: string): string {
    return this.snakeCase(identifier);
  }
}

/** One of Kysely's compilers, made to print the plugin's marked queries in snake_case. */
function snakeCasing(Base: typeof DefaultQueryCompiler, plugin: CamelCaseAtCompile): new () => QueryCompiler {
  return class extends Base {
    #snake = false;
    override compileQuery(node: RootOperationNode, queryId: QueryId): CompiledQuery {
      this.#snake = (node as Marked)[SNAKE_CASE] === true;
      return super.compileQuery(node, queryId);
    }
    protected override sanitizeIdentifier(identifier: string): string {
      return super.sanitizeIdentifier(this.#snake ? plugin.toSnakeCase(identifier) : identifier);
    }
  };
}

/**
 * SQLite prepares a statement again every time a bound LIMIT is bound (it reads the value to plan the query), which
 * costs more than running a lookup by key: a whole-number limit is written into the SQL instead, so that the cached
 * statement serves every call.
 */
class SqliteLimitCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const limit = node.limit;
    if (ValueNode.is(limit) && typeof limit.value === 'number' && Number.isSafeInteger(limit.value))
      this.append(`limit ${limit.value}`);
    else super.visitLimit(node);
  }
}

/** SQLite through better-sqlite3, compiling the plugin's marked queries in snake_case. */
export class SnakeCaseSqliteDialect extends SqliteDialect {
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    private readonly plugin: CamelCaseAtCompile,
  ) {
    super(config);
  }
  override createQueryCompiler(): QueryCompiler {
    const Compiler = snakeCasing(SqliteLimitCompiler, this.plugin);
    return new Compiler();
  }
}

/** PostgreSQL through pg, compiling the plugin's marked queries in snake_case. */
export class SnakeCasePostgresDialect extends PostgresDialect {
  constructor(
    config: ConstructorParameters<typeof PostgresDialect>[0],
    private readonly plugin: CamelCaseAtCompile,
  ) {
    super(config);
  }
  override createQueryCompiler(): QueryCompiler {
    const Compiler = snakeCasing(PostgresQueryCompiler, this.plugin);
    return new Compiler();
  }
}
