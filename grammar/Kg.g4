// Kg.g4: the kg query language (CONTRACT.md section 2). One statement per parse;
// scripts are split on ';' by query/parser/script_splitter before parsing.
// Keywords are case-insensitive; `#` and `--` start comments.
grammar Kg;

statement
    : EXPLAIN? (findQuery | describeQuery) SEMI? EOF
    ;

findQuery
    : FIND DISTINCT? projection WHERE clauseList orderClause? limitClause? citeClause?
    ;

projection
    : STAR
    | projectionItem (COMMA? projectionItem)*
    ;

projectionItem
    : var
    | countExpr
    ;

countExpr
    : COUNT LPAREN DISTINCT? (var | STAR) RPAREN
    ;

clauseList
    : clause ((COMMA | DOT)? clause)* (COMMA | DOT)?
    ;

clause
    : triplePattern
    | optionalClause
    | filterClause
    ;

optionalClause
    : OPTIONAL LBRACE clauseList RBRACE
    ;

filterClause
    : FILTER expr
    ;

triplePattern
    : term verb term
    ;

verb
    : A_KW                               # typeVerb
    | var                                # varVerb
    | predicateRef (PIPE predicateRef)*  # pathVerb
    ;

predicateRef
    : CARET? (name | IRI)
    ;

term
    : var
    | STRING
    | NUMBER
    | DATE
    | IRI
    | NAME   // bare word: a type after `a`, else an entity name; keywords excluded so clauses end unambiguously
    ;

var
    : VAR
    ;

// Keywords other than A may also name predicates and types.
name
    : NAME
    | FIND | DISTINCT | WHERE | OPTIONAL | FILTER | ORDER | BY | ASC | DESC
    | LIMIT | OFFSET | CITE | DESCRIBE | EXPLAIN | COUNT | AND | OR | NOT
    | CONTAINS | YEAR | ALL
    ;

orderClause
    : ORDER BY orderKey (COMMA? orderKey)*
    ;

orderKey
    : (var | countExpr) (ASC | DESC)?
    | (ASC | DESC) LPAREN (var | countExpr) RPAREN
    ;

limitClause
    : LIMIT NUMBER (OFFSET NUMBER)?
    | OFFSET NUMBER (LIMIT NUMBER)?
    ;

describeQuery
    : DESCRIBE term citeClause?
    ;

// CITE: the statements the triple patterns matched; CITE ALL: type tests' too.
citeClause
    : CITE ALL?
    ;

expr
    : orExpr
    ;

orExpr
    : andExpr ((OR | OROR) andExpr)*
    ;

andExpr
    : notExpr ((AND | ANDAND) notExpr)*
    ;

notExpr
    : (NOT | BANG) notExpr
    | compareExpr
    ;

compareExpr
    : primaryExpr (compareOp primaryExpr)?
    ;

compareOp
    : EQ | NEQ | LT | LE | GT | GE
    ;

primaryExpr
    : LPAREN expr RPAREN                         # parenExpr
    | YEAR LPAREN expr RPAREN                    # yearExpr
    | CONTAINS LPAREN expr COMMA expr RPAREN     # containsExpr
    | var                                        # varExpr
    | (STRING | NUMBER | DATE | IRI)             # literalExpr
    ;

// ---------------------------------------------------------------- lexer
FIND      : F I N D ;
DISTINCT  : D I S T I N C T ;
WHERE     : W H E R E ;
OPTIONAL  : O P T I O N A L ;
FILTER    : F I L T E R ;
ORDER     : O R D E R ;
BY        : B Y ;
ASC       : A S C ;
DESC      : D E S C ;
LIMIT     : L I M I T ;
OFFSET    : O F F S E T ;
CITE      : C I T E ;
DESCRIBE  : D E S C R I B E ;
EXPLAIN   : E X P L A I N ;
COUNT     : C O U N T ;
AND       : A N D ;
OR        : O R ;
NOT       : N O T ;
CONTAINS  : C O N T A I N S ;
YEAR      : Y E A R ;
ALL       : A L L ;
A_KW      : A ;

VAR       : [?$] [\p{L}_] [\p{L}\p{N}_]* ;
DATE      : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT ('-' DIGIT DIGIT)? ;
NUMBER    : '-'? DIGIT+ ('.' DIGIT+)? ;
STRING    : '"' (~["\\\r\n] | '\\' .)* '"'
          | '\'' (~['\\\r\n] | '\\' .)* '\''
          ;
IRI       : '<' ~[<>"{}|^`\\ \t\r\n]+ '>' ;
NAME      : [\p{L}_] [\p{L}\p{N}_]* ;

LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA  : ',' ;
DOT    : '.' ;
SEMI   : ';' ;
STAR   : '*' ;
PIPE   : '|' ;
CARET  : '^' ;
OROR   : '||' ;
ANDAND : '&&' ;
BANG   : '!' ;
EQ     : '=' | '==' ;
NEQ    : '!=' | '<>' ;
LE     : '<=' ;
GE     : '>=' ;
LT     : '<' ;
GT     : '>' ;

COMMENT : ('#' | '--') ~[\r\n]* -> skip ;
WS      : [ \t\r\n\u00A0]+ -> skip ;
// Anything else becomes one token so the parser reports it with its position.
UNKNOWN : . ;

fragment DIGIT : [0-9] ;
fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ;
fragment E : [eE] ; fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ;
fragment I : [iI] ; fragment J : [jJ] ; fragment K : [kK] ; fragment L : [lL] ;
fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ; fragment P : [pP] ;
fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ;
fragment Y : [yY] ; fragment Z : [zZ] ;
