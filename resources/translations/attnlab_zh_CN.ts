<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportedFile</name>
    <message>
        <location filename="../../ui/files/importedfile.cpp" line="+79"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension %1</source>
        <translation>维度 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>float64</source>
        <translation>float64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (big-endian)</source>
        <translation>（大端序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single number (0-d)</source>
        <translation>单个数（0 维）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape %1</source>
        <translation>形状 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NumPy array %1, %2, %3</source>
        <translation>NumPy 数组 %1，%2，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortran order</source>
        <translation>Fortran 顺序</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C order</source>
        <translation>C 顺序</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 × %3</source>
        <translation>%1，%2 × %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 column</source>
        <translation>1 列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, header row of labels</source>
        <translation>，首行为标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, first column of row labels</source>
        <translation>，首列为行标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a text file holds one matrix; there is no slice to choose</source>
        <translation>%1：文本文件只包含一个矩阵，没有可选择的切片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>PasteBlock</name>
    <message>
        <location filename="../../ui/tables/pasteblock.cpp" line="+74"/>
        <source>The clipboard holds no cells to paste.</source>
        <translation>剪贴板中没有可粘贴的单元格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted block has %1 × %2 cells; a table has at most %3 rows and columns.</source>
        <translation>粘贴的区域有 %1 × %2 个单元格；表格的行数和列数最多为 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 of the pasted cells has %2 cells, row 1 has %3; nothing was pasted.</source>
        <translation>粘贴的单元格中第 %1 行有 %2 个单元格，而第 1 行有 %3 个；未粘贴任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1, column %2 of the pasted cells: a token label cannot be empty; nothing was pasted.</source>
        <translation>粘贴的单元格第 %1 行第 %2 列：词元标签不能为空；未粘贴任何内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1, column %2 of the pasted cells: %3; nothing was pasted.</source>
        <translation>粘贴的单元格第 %1 行第 %2 列：%3；未粘贴任何内容。</translation>
    </message>
</context>
<context>
    <name>attn::Errors</name>
    <message>
        <location filename="../../core/src/attention.cpp" line="+26"/>
        <source>values are empty (%1)</source>
        <extracomment>%1: a shape such as &quot;0 × 2&quot;.</extracomment>
        <translation>值为空（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keys (%1) and values (%2) differ in n_k: %3 vs %4</source>
        <extracomment>%1, %2: the shapes of the keys and the values; %3, %4: their numbers of rows.</extracomment>
        <translation>键（%1）与值（%2）的 n_k 不同：%3 与 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>queries row %1, column %2 is not a finite number</source>
        <extracomment>%1: a row and %2: a column, both counted from 1.</extracomment>
        <translation>查询第 %1 行第 %2 列不是有限数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keys row %1, column %2 is not a finite number</source>
        <extracomment>%1: a row and %2: a column, both counted from 1.</extracomment>
        <translation>键第 %1 行第 %2 列不是有限数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>values row %1, column %2 is not a finite number</source>
        <extracomment>%1: a row and %2: a column, both counted from 1.</extracomment>
        <translation>值第 %1 行第 %2 列不是有限数</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>output of query %1, column %2 is not a finite number (the sum overflows)</source>
        <extracomment>%1: a query and %2: a column, both counted from 1.</extracomment>
        <translation>查询 %1 的输出第 %2 列不是有限数（求和溢出）</translation>
    </message>
    <message>
        <location filename="../../core/src/explain.cpp" line="+25"/>
        <source>raw scores</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>原始分数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scores</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mask</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attention weights</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>注意力权重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outputs</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>concatenated head outputs</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>拼接后的各头输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final outputs</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>最终输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>softmax Jacobian</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>softmax 雅可比矩阵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>positional encoding</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>位置编码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inputs</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queries</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keys</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>values</source>
        <extracomment>A stage of the computation in &quot;explain: cell [2, 5] … lies outside the 2 × 3 %4&quot; and the like.</extracomment>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>explain: cell [%1, %2] (row, column; 0-based) lies outside the %3 %4</source>
        <extracomment>%1, %2: row and column of a cell; %3: a shape such as &quot;2 × 3&quot;; %4: a stage such as &quot;attention weights&quot;.</extracomment>
        <translation>解释：单元格 [%1, %2]（行、列；从 0 开始计数）位于 %3 的%4之外</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>explain: head %1 is out of range for the %2: the computation has %3 heads (0-based 0 … %4)</source>
        <extracomment>%2: a stage such as &quot;attention weights&quot;; %3: the number of heads h; %4: h − 1.</extracomment>
        <translation>解释：头 %1 超出了%2的范围：此计算有 %3 个头（从 0 开始计数：0 … %4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>explain: head %1 given, but the %2 are not per head; use -1</source>
        <extracomment>%2: a stage that exists once, not per head, such as &quot;final outputs&quot;; -1 means &quot;no head&quot;.</extracomment>
        <translation>解释：指定了头 %1，但%2不是按头计算的；请使用 -1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>explain: head %1 given, but the computation is single-head; use -1</source>
        <extracomment>-1 means &quot;no head&quot;.</extracomment>
        <translation>解释：指定了头 %1，但此计算是单头注意力；请使用 -1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>explain: the concatenated head outputs exist only in multi-head attention</source>
        <translation>解释：拼接后的各头输出只存在于多头注意力中</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>explain: the session&apos;s W_O does not fit the computation&apos;s concatenated outputs (%1)</source>
        <extracomment>%1: the shape of Concat(head_1, …, head_h), e.g. &quot;4 × 4&quot;.</extracomment>
        <translation>解释：会话中的 W_O 与计算得到的拼接输出（%1）不匹配</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>explain: this computation has no %1</source>
        <extracomment>%1: a stage such as &quot;positional encoding&quot;.</extracomment>
        <translation>解释：此计算没有%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>explain: query row %1 of the softmax Jacobian is out of range (0-based, %2 rows)</source>
        <extracomment>%1: a query row (0-based); %2: how many query rows there are.</extracomment>
        <translation>解释：softmax 雅可比矩阵的查询行 %1 超出范围（从 0 起计，共 %2 行）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>explain: the softmax Jacobian exists only for softmax weights</source>
        <translation>解释：softmax 雅可比矩阵只对 softmax 权重存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>explain: query %1 has no weights, so its softmax Jacobian is not defined</source>
        <extracomment>%1: a query&apos;s label.</extracomment>
        <translation>解释：查询 %1 没有权重，因此其 softmax 雅可比矩阵没有定义</translation>
    </message>
    <message>
        <location filename="../../core/src/mask.cpp" line="+50"/>
        <source>valid lengths: %1 given for %2 query rows</source>
        <extracomment>%1: how many valid lengths the mask has; %2: how many it needs (one per query).</extracomment>
        <translation>有效长度：给出了 %1 个，但查询有 %2 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>valid length of query %1 is %2; it must lie in 0 … %3 (the number of keys)</source>
        <extracomment>%1: a query, counted from 1; %2: its valid length; %3: the number of keys.</extracomment>
        <translation>查询 %1 的有效长度为 %2；它必须在 0 … %3（键的个数）之间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>window w must be ≥ 0, got %1</source>
        <extracomment>w is the width of a local attention window.</extracomment>
        <translation>窗口 w 必须 ≥ 0，实际为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>masked cell [%1, %2] lies outside the %3 scores (0-based)</source>
        <extracomment>%1, %2: query and key of a masked cell, 0-based; %3: the shape of the scores, e.g. &quot;2 × 3&quot;.</extracomment>
        <translation>被掩码的单元格 [%1, %2] 位于 %3 的分数之外（从 0 开始计数）</translation>
    </message>
    <message>
        <location filename="../../core/src/multihead.cpp" line="+20"/>
        <source>multi-head: %1 must be d_model × d_model = %2, got %3</source>
        <extracomment>%1: a projection such as W_Q; %2, %3: shapes such as &quot;4 × 4&quot;.</extracomment>
        <translation>多头注意力：%1 必须为 d_model × d_model = %2，实际为 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>multi-head: %1 heads do not divide d_model = %2</source>
        <extracomment>%1: the number of heads h; %2: the columns of the inputs.</extracomment>
        <translation>多头注意力：d_model = %2 不能被头数 %1 整除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>multi-head: keys (%1) must have d_model = %2 columns</source>
        <extracomment>%1: the shape of the keys, e.g. &quot;3 × 2&quot;; %2: the columns of the queries.</extracomment>
        <translation>多头注意力：键（%1）必须有 d_model = %2 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>multi-head: values (%1) must have d_model = %2 columns</source>
        <extracomment>%1: the shape of the values, e.g. &quot;3 × 2&quot;; %2: the columns of the queries.</extracomment>
        <translation>多头注意力：值（%1）必须有 d_model = %2 列</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>multi-head: final output (Concat · W_O) of query %1, column %2 is not a finite number (the sum overflows)</source>
        <extracomment>%1: a query and %2: a column, both counted from 1.</extracomment>
        <translation>多头注意力：查询 %1 的最终输出（Concat · W_O）第 %2 列不是有限数（求和溢出）</translation>
    </message>
    <message>
        <location filename="../../core/src/normalization.cpp" line="+25"/>
        <source>score at query %1, key %2 is not a finite number</source>
        <extracomment>%1: a query and %2: a key, both counted from 1.</extracomment>
        <translation>查询 %1、键 %2 处的分数不是有限数</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>temperature T must be a finite number &gt; 0, got %1</source>
        <translation>温度 T 必须是 &gt; 0 的有限数，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../core/src/positional.cpp" line="+15"/>
        <source>positional encoding needs at least one token and one dimension, got %1</source>
        <extracomment>%1: the requested size, tokens × dimensions, e.g. &quot;0 × 4&quot;.</extracomment>
        <translation>位置编码至少需要一个词元和一个维度，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../core/src/scoring.cpp" line="+24"/>
        <source>additive scoring: %1 must be %2, got %3</source>
        <extracomment>%1: a parameter matrix such as W_q; %2, %3: shapes such as &quot;2 × 3&quot;.</extracomment>
        <translation>加性评分：%1 必须为 %2，实际为 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>general scoring: %1 must be %2, got %3</source>
        <extracomment>%1: the parameter matrix W; %2, %3: shapes such as &quot;2 × 3&quot;.</extracomment>
        <translation>一般评分：%1 必须为 %2，实际为 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>additive scoring: %1 has an entry that is not a finite number</source>
        <extracomment>%1: a parameter such as W_q or w_v.</extracomment>
        <translation>加性评分：%1 中有一个元素不是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>general scoring: %1 has an entry that is not a finite number</source>
        <extracomment>%1: the parameter matrix W.</extracomment>
        <translation>一般评分：%1 中有一个元素不是有限数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cosine scoring: query %1 has zero length, so its angle to a key is undefined</source>
        <extracomment>%1: a query, counted from 1.</extracomment>
        <translation>余弦评分：查询 %1 的长度为零，因此它与键的夹角没有定义</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cosine scoring: key %1 has zero length, so its angle to a query is undefined</source>
        <extracomment>%1: a key, counted from 1.</extracomment>
        <translation>余弦评分：键 %1 的长度为零，因此它与查询的夹角没有定义</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>bandwidth σ must be a finite number &gt; 0, got %1</source>
        <translation>带宽 σ 必须是 &gt; 0 的有限数，实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>additive scoring: w_v is empty (hidden size h must be at least 1)</source>
        <translation>加性评分：w_v 为空（隐藏层大小 h 至少为 1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>queries and keys differ in d_k: %1 vs %2</source>
        <extracomment>%1, %2: the dimensions of the queries and of the keys.</extracomment>
        <translation>查询与键的 d_k 不同：%1 与 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queries are empty (%1)</source>
        <extracomment>%1: a shape such as &quot;0 × 2&quot;.</extracomment>
        <translation>查询为空（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keys are empty (%1)</source>
        <extracomment>%1: a shape such as &quot;0 × 2&quot;.</extracomment>
        <translation>键为空（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>queries (%1) and keys (%2) differ in d_k: %3 vs %4</source>
        <extracomment>%1, %2: the shapes of the queries and the keys; %3, %4: their dimensions.</extracomment>
        <translation>查询（%1）与键（%2）的 d_k 不同：%3 与 %4</translation>
    </message>
    <message>
        <location filename="../../core/src/session.cpp" line="+30"/>
        <source>self-attention: %1 (%2) must have d_model = %3 rows</source>
        <extracomment>%1: a projection such as W_Q; %2: its shape, e.g. &quot;3 × 2&quot;; %3: the columns of X.</extracomment>
        <translation>自注意力：%1（%2）必须有 d_model = %3 行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>self-attention: X is empty (%1)</source>
        <extracomment>%1: a shape such as &quot;0 × 0&quot;.</extracomment>
        <translation>自注意力：X 为空（%1）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>query labels: %1 given for %2 rows</source>
        <extracomment>%1: how many query labels the session has; %2: how many query rows.</extracomment>
        <translation>查询标签：给出了 %1 个，但有 %2 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key labels: %1 given for %2 rows</source>
        <extracomment>%1: how many key labels the session has; %2: how many key rows.</extracomment>
        <translation>键标签：给出了 %1 个，但有 %2 行</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>multi-head: queries, keys and values must not be empty</source>
        <translation>多头注意力：查询、键和值不能为空</translation>
    </message>
    <message>
        <location filename="../../core/src/softmax_jacobian.cpp" line="+21"/>
        <source>softmax Jacobian: the weights are not softmax weights (%1)</source>
        <extracomment>%1: the name of the normalisation, e.g. &quot;sparsemax&quot;; &quot;softmax&quot; is a function name.</extracomment>
        <translation>softmax 雅可比矩阵：权重不是 softmax 权重（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>softmax Jacobian: query row %1 is out of range (0-based, %2 rows)</source>
        <extracomment>%1: a query row (0-based); %2: how many query rows there are.</extracomment>
        <translation>softmax 雅可比矩阵：查询行 %1 超出范围（从 0 起计，共 %2 行）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>softmax Jacobian: query row %1 (%2) has no weights</source>
        <extracomment>%1: a query row (0-based); %2: its label.</extracomment>
        <translation>softmax 雅可比矩阵：查询行 %1（%2）没有权重</translation>
    </message>
    <message>
        <location filename="../../core/src/projection_check.cpp" line="+48"/>
        <source>%1 at token &quot;%2&quot; (row %3), column %4 is not a finite number</source>
        <extracomment>%1: a product of matrices such as &quot;Q = X W_Q&quot; (symbols); %2: a token label; %3: its row, %4: a column, both counted from 1.</extracomment>
        <translation>%1 在词元“%2”（第 %3 行）第 %4 列处不是有限数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at query &quot;%2&quot; (row %3), column %4 is not a finite number</source>
        <extracomment>%1: a product of matrices such as &quot;Q W_Q&quot; (symbols); %2: a query label; %3: its row, %4: a column, both counted from 1.</extracomment>
        <translation>%1 在查询“%2”（第 %3 行）第 %4 列处不是有限数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at key &quot;%2&quot; (row %3), column %4 is not a finite number</source>
        <extracomment>%1: a product of matrices such as &quot;K W_K&quot; (symbols); %2: a key label; %3: its row, %4: a column, both counted from 1.</extracomment>
        <translation>%1 在键“%2”（第 %3 行）第 %4 列处不是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>head %1: %2</source>
        <extracomment>Multi-head attention. %1: the head, counted from 1; %2: a message about that head.</extracomment>
        <translation>第 %1 个头：%2</translation>
    </message>
    <message>
        <location filename="../../core/src/memory_estimate.cpp" line="+43"/>
        <source>%1 bytes</source>
        <extracomment>A number of bytes, e.g. &quot;512 bytes&quot;.</extracomment>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 needs about %2 of memory; this machine has %3 available</source>
        <extracomment>%1: the size, e.g. &quot;8192 × 8192&quot; (queries × keys); %2: the memory it needs, e.g. &quot;11.3 GB&quot;; %3: the memory available, e.g. &quot;7.6 GB&quot;.</extracomment>
        <translation>%1 约需 %2 内存；本机可用内存为 %3</translation>
    </message>
</context>
<context>
    <name>attn::Explain</name>
    <message>
        <location filename="../../core/src/explain.cpp" line="-170"/>
        <source>Head %1: %2</source>
        <extracomment>The formula %2 of one head (%1 = 1, 2, …) in multi-head attention.</extracomment>
        <translation>头 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Raw score of key “%1” for query “%2”</source>
        <translation>查询“%2”对键“%1”的原始分数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score of key “%1” for query “%2”</source>
        <translation>查询“%2”对键“%1”的分数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mask of key “%1” for query “%2”</source>
        <translation>查询“%2”对键“%1”的掩码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention weight of key “%1” for query “%2”</source>
        <translation>查询“%2”对键“%1”的注意力权重</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output of “%1”, column %2</source>
        <extracomment>%1: a query&apos;s label; %2: a column of the output, counted from 1.</extracomment>
        <translation>“%1”的输出，第 %2 列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output of “%1”</source>
        <extracomment>%1: a query&apos;s label.</extracomment>
        <translation>“%1”的输出</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+147"/>
        <source>%1, head %2</source>
        <extracomment>%1: the title of a cell, e.g. &quot;Score of key “k1” for query “q1”&quot;; %2: the head, counted from 1.</extracomment>
        <translation>%1，头 %2</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Concatenated head outputs of %1, column %2 (head %3)</source>
        <extracomment>%1: a query&apos;s label (not quoted); %2: a column of Concat(head_1, …, head_h), counted from 1; %3: its head.</extracomment>
        <translation>%1 的各头输出拼接，第 %2 列（头 %3）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Final output of “%1”, column %2</source>
        <extracomment>%1: a query&apos;s label; %2: a column of the final outputs Concat · W_O, counted from 1.</extracomment>
        <translation>“%1”的最终输出，第 %2 列</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Softmax Jacobian ∂a/∂s of query “%1”, keys “%2” and “%3”</source>
        <extracomment>%1: a query&apos;s label; %2, %3: two keys&apos; labels. ∂a/∂s: the derivative of a weight by a score.</extracomment>
        <translation>查询“%1”的 softmax 雅可比矩阵 ∂a/∂s，键“%2”和“%3”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>s = score ÷ T (T = %1), so ∂a%2/∂score%3 = J%4 ÷ T = %5</source>
        <extracomment>The softmax Jacobian&apos;s s when the temperature T is not 1. %1: T; %2, %3: subscripts; %4: J&apos;s subscript; %5: the derivative by the score itself.</extracomment>
        <translation>s = 分数 ÷ T（T = %1），因此 ∂a%2/∂分数%3 = J%4 ÷ T = %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key “%1” is masked for query “%2”: its weight is exactly 0, so %3</source>
        <extracomment>%1: a key&apos;s label; %2: a query&apos;s label; %3: the formula J = … = 0.</extracomment>
        <translation>键“%1”对查询“%2”被掩码：其权重恰为 0，因此 %3</translation>
    </message>
    <message>
        <location filename="../../core/src/explain_format.cpp" line="+177"/>
        <source>%1, with %2</source>
        <extracomment>A formula followed by the definition of a symbol in it, e.g. &quot;K(u) = 0.5, with u = |62 − 60|/3 = 0.67&quot;.</extracomment>
        <translation>%1，其中 %2</translation>
    </message>
    <message>
        <location filename="../../core/src/explain_scores.cpp" line="+124"/>
        <source>%1 because %2 (boxcar: K(u) = 1 if u &lt; 1, else 0)</source>
        <extracomment>%1: &quot;K(u) = 1&quot;; %2: &quot;u = ‖q₁ − k₂‖/σ = |62 − 60|/3 = 0.67 &lt; 1&quot;. Boxcar is the name of the kernel.</extracomment>
        <translation>%1，因为 %2（矩形核：u &lt; 1 时 K(u) = 1，否则为 0）</translation>
    </message>
    <message>
        <location filename="../../core/src/explain_weights.cpp" line="+47"/>
        <source>%1 (masked keys left out)</source>
        <extracomment>A note after a formula whose sum over the keys leaves out the masked keys.</extracomment>
        <translation>%1（不含被掩码的键）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Key “%1” is masked for query “%2” (%3), so its weight %4 is exactly 0 and it is left out of the normalisation.</source>
        <extracomment>%1: a key&apos;s label; %2: a query&apos;s label; %3: the mask rule, e.g. &quot;causal mask: j = 3 &gt; i = 1&quot;; %4: &quot;a₁₃&quot;.</extracomment>
        <translation>键“%1”对查询“%2”被掩码（%3），因此其权重 %4 恰好为 0，不参与归一化。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1, computed from logarithms: a product φ(q)·φ(k) of this row is below the smallest double (shown as 0), and log φ(x) = x for x ≤ 0, log(1 + x) for x &gt; 0</source>
        <extracomment>Linear attention when φ(q)·φ(k) underflows (φ(−800) = e^−800); %1: the weight&apos;s formula and value.</extracomment>
        <translation>%1，由对数计算：此行有乘积 φ(q)·φ(k) 小于最小的双精度数（显示为 0），而 x ≤ 0 时 log φ(x) = x，x &gt; 0 时 log φ(x) = log(1 + x)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, with %2 over the row&apos;s largest score</source>
        <extracomment>Sparsemax: %1 is the weight, %2 the threshold τ computed from the row&apos;s largest score.</extracomment>
        <translation>%1，其中 %2 由该行最大的分数求得</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, with %2 over the row&apos;s %3 largest scores</source>
        <extracomment>Sparsemax: %1 is the weight, %2 the threshold τ computed from the row&apos;s %3 largest scores.</extracomment>
        <translation>%1，其中 %2 由该行最大的 %3 个分数求得</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no key lies within the bandwidth σ = %1 (K(u) = 0 for every key, so ΣK = 0)</source>
        <extracomment>Why a query has no weights with a compact kernel (boxcar, Epanechnikov); %1: the bandwidth σ.</extracomment>
        <translation>没有键落在带宽 σ = %1 之内（每个键的 K(u) = 0，因此 ΣK = 0）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every key is masked for it</source>
        <extracomment>Why a query has no weights: the mask hides every key from it.</extracomment>
        <translation>它的所有键都被掩码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key “%1” is not masked for query “%2” (%3): it takes part in the normalisation.</source>
        <extracomment>%1: a key&apos;s label; %2: a query&apos;s label; %3: the mask rule, e.g. &quot;causal mask: j = 1 ≤ i = 2&quot;.</extracomment>
        <translation>键“%1”对查询“%2”未被掩码（%3）：它参与归一化。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Query “%1” has no weights: %2; the row is left empty.</source>
        <extracomment>%1: a query&apos;s label; %2: why it has no weights, e.g. &quot;every key is masked for it&quot;.</extracomment>
        <translation>查询“%1”没有权重：%2；该行留空。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Query “%1” has no output: %2, so it has no weights; the cell is left empty.</source>
        <extracomment>%1: a query&apos;s label; %2: why it has no weights, e.g. &quot;every key is masked for it&quot;.</extracomment>
        <translation>查询“%1”没有输出：%2，因此它没有权重；该单元格留空。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (relu: not normalised)</source>
        <extracomment>ReLU weights max(0, s) are not divided by a sum over the row; relu is the name of the function.</extracomment>
        <translation>%1（relu：不归一化）</translation>
    </message>
    <message>
        <location filename="../../core/src/explain_positional.cpp" line="+38"/>
        <source>pos = %1, 2i = %2, d = %3</source>
        <extracomment>The symbols of the positional encoding&apos;s formula; %1: the position (token row, from 0); %2: the column&apos;s 2i (even columns use sin, odd ones cos); %3: d_model.</extracomment>
        <translation>pos = %1，2i = %2，d = %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Positional encoding of “%1” (position %2), column %3</source>
        <extracomment>%1: a token&apos;s label; %2: its position (row, from 0); %3: a column of P, from 1 as the heatmap&apos;s d1, d2, ….</extracomment>
        <translation>“%1”的位置编码（位置 %2），第 %3 列</translation>
    </message>
</context>
<context>
    <name>attn::Masks</name>
    <message>
        <location filename="../../core/src/explain_weights.cpp" line="-258"/>
        <source>no mask is set</source>
        <translation>未设置掩码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>causal mask: j = %1 &gt; i = %2</source>
        <extracomment>A causal mask hides key j from query i when j &gt; i (1-based); %1 = j, %2 = i.</extracomment>
        <translation>因果掩码：j = %1 &gt; i = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>causal mask: j = %1 ≤ i = %2</source>
        <translation>因果掩码：j = %1 ≤ i = %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>valid length %1 of query %2: j = %3 &gt; %1</source>
        <extracomment>Query %2 sees only its first %1 keys; %3 = the key j (1-based).</extracomment>
        <translation>查询 %2 的有效长度 %1：j = %3 &gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid length %1 of query %2: j = %3 ≤ %1</source>
        <translation>查询 %2 的有效长度 %1：j = %3 ≤ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>local window w = %1: |i − j| = |%2 − %3| = %4 &gt; %1</source>
        <extracomment>A local window of width %1 hides keys farther than %1 from the query: |i − j| = |%2 − %3| = %4.</extracomment>
        <translation>局部窗口 w = %1：|i − j| = |%2 − %3| = %4 &gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local window w = %1: |i − j| = |%2 − %3| = %4 ≤ %1</source>
        <translation>局部窗口 w = %1：|i − j| = |%2 − %3| = %4 ≤ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this cell was chosen to be masked</source>
        <extracomment>The user clicked cells of the scores to mask them.</extracomment>
        <translation>已选择对此单元格进行掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this cell is not among the chosen masked cells</source>
        <translation>此单元格不在所选的掩码单元格中</translation>
    </message>
</context>
<context>
    <name>attn::Stages</name>
    <message>
        <location filename="../../core/src/stage_titles.cpp" line="+41"/>
        <source>Head %1: %2</source>
        <extracomment>%1: a head counted from 1; %2: a stage such as &quot;attention weights&quot;.</extracomment>
        <translation>头 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mask: causal</source>
        <translation>掩码：因果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>causal mask</source>
        <translation>因果掩码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask: valid lengths</source>
        <translation>掩码：有效长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid-length mask</source>
        <translation>有效长度掩码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask: window w = %1</source>
        <translation>掩码：窗口 w = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window mask w = %1</source>
        <translation>窗口掩码 w = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask: chosen cells</source>
        <translation>掩码：选定的单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mask of chosen cells</source>
        <translation>选定单元格的掩码</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+193"/>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention weights (÷ row sum)</source>
        <translation>注意力权重（÷ 行和）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention weights (÷ row sum)</source>
        <translation>注意力权重（÷ 行和）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attention weights (sparsemax)</source>
        <translation>注意力权重（sparsemax）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention weights (sparsemax)</source>
        <translation>注意力权重（sparsemax）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention weights relu(s), not normalised</source>
        <translation>注意力权重 relu(s)，未归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention weights relu(s), not normalised</source>
        <translation>注意力权重 relu(s)，未归一化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention weights</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention weights</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Raw scores %1</source>
        <translation>原始分数 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raw scores %1</source>
        <translation>原始分数 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel values %1</source>
        <translation>核值 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel values %1</source>
        <translation>核值 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores %1 / (√d_k · T), T = %2</source>
        <translation>分数 %1 / (√d_k · T)，T = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores %1 / (√d_k · T), T = %2</source>
        <translation>分数 %1 / (√d_k · T)，T = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scaled scores %1 / √d_k</source>
        <translation>缩放后的分数 %1 / √d_k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaled scores %1 / √d_k</source>
        <translation>缩放后的分数 %1 / √d_k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores ÷ T (T = %1)</source>
        <translation>分数 ÷ T（T = %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores ÷ T (T = %1)</source>
        <translation>分数 ÷ T（T = %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores %1</source>
        <translation>分数 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores %1</source>
        <translation>分数 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head %1: output head%2 = A V</source>
        <translation>头 %1：输出 head%2 = A V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Softmax Jacobian ∂a/∂s of query “%1”</source>
        <extracomment>%1: a query&apos;s label. J = diag(a) − a aᵀ, the derivative of the weights by the scores of that row.</extracomment>
        <translation>查询“%1”的 softmax 雅可比矩阵 ∂a/∂s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax Jacobian ∂a/∂s of query “%1”</source>
        <translation>查询“%1”的 softmax 雅可比矩阵 ∂a/∂s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concat(head₁)</source>
        <translation>Concat(head₁)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concat(%1)</source>
        <translation>Concat(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concat(head₁ … head%1)</source>
        <translation>Concat(head₁ … head%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model dimensions</source>
        <translation>模型维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query/key dimensions</source>
        <translation>查询/键维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value dimensions</source>
        <translation>值维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value dimensions of each head</source>
        <translation>各个头的值维度</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <location filename="../../core/src/stages.cpp" line="+68"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The positional encoding P is added to the tokens first; queries, keys and values come from X + P: Q = (X + P) W_Q, K = (X + P) W_K, V = (X + P) W_V.</source>
        <translation>先把位置编码 P 加到词元上；查询、键和值都来自 X + P：Q = (X + P) W_Q，K = (X + P) W_K，V = (X + P) W_V。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queries, keys and values come from the tokens: Q = X W_Q, K = X W_K, V = X W_V.</source>
        <translation>查询、键和值都来自词元：Q = X W_Q，K = X W_K，V = X W_V。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/src/stages.cpp" line="+15"/>
        <source>Projections</source>
        <translation>投影</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each head projects the inputs with its own columns of W_Q, W_K and W_V (d_k = d_model / %1).</source>
        <translation>每个头用 W_Q、W_K 和 W_V 中属于自己的列对输入做投影（d_k = d_model / %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare every query with every key: one score a(q, k) per cell.</source>
        <translation>将每个查询与每个键比较：每个单元格一个分数 a(q, k)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Divide by √d_k and by the temperature T = %1.</source>
        <translation>除以 √d_k 和温度 T = %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divide every score by √d_k so that softmax does not saturate.</source>
        <translation>将每个分数除以 √d_k，使 softmax 不会饱和。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divide every score by the temperature T = %1: T &gt; 1 flattens, T &lt; 1 sharpens.</source>
        <translation>将每个分数除以温度 T = %1：T &gt; 1 使分布更平缓，T &lt; 1 使分布更尖锐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scaling</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide keys a query may not see; their weight will be exactly 0.</source>
        <translation>隐藏查询不应看到的键；它们的权重将恰好为 0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn each row of scores into attention weights.</source>
        <translation>把每一行分数转换为注意力权重。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted sum</source>
        <translation>加权和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each output is the weights times the values: o = Σⱼ aⱼ vⱼ.</source>
        <translation>每个输出都是各值按权重加权后的和：o = Σⱼ aⱼ vⱼ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per-head attention</source>
        <translation>各头的注意力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every head scores, normalises and pools on its own.</source>
        <translation>每个头各自独立地评分、归一化和汇聚。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concatenation</source>
        <translation>拼接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heads&apos; outputs are laid side by side: Concat(head₁, …, head_h).</source>
        <translation>把各头的输出并排拼接：Concat(head₁, …, head_h)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_O</source>
        <translation>W_O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The concatenation is multiplied by W_O to give the final outputs.</source>
        <translation>拼接结果乘以 W_O，得到最终输出。</translation>
    </message>
    <message>
        <location filename="../../core/src/stages.cpp" line="-44"/>
        <source>v</source>
        <extracomment>value dimension column prefix: v1, v2, …</extracomment>
        <translation>v</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h%1 v%2</source>
        <extracomment>concatenation column: head %1, value dimension %2.</extracomment>
        <translation>h%1 v%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d</source>
        <extracomment>dimension column prefix: d1, d2, …</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Positional encoding P</source>
        <translation>位置编码 P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs X + P</source>
        <translation>输入 X + P</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queries Q = (X + P) W_Q</source>
        <translation>查询 Q = (X + P) W_Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries Q = X W_Q</source>
        <translation>查询 Q = X W_Q</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys K = (X + P) W_K</source>
        <translation>键 K = (X + P) W_K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys K = X W_K</source>
        <translation>键 K = X W_K</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values V = (X + P) W_V</source>
        <translation>值 V = (X + P) W_V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values V = X W_V</source>
        <translation>值 V = X W_V</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Head %1: queries</source>
        <translation>头 %1：查询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head %1: keys</source>
        <translation>头 %1：键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head %1: values</source>
        <translation>头 %1：值</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Combination</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outputs = Concat · W_O</source>
        <translation>输出 = Concat · W_O</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+149"/>
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every head</source>
        <translation>所有头</translation>
    </message>
</context>
<context>
    <name>attn::app::CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="+31"/>
        <source>Attention Lab: type query, key and value vectors and watch attention happen.

Without a command, opens the window on SESSION.json (or on the built-in waistline example).
Commands (they need no display):
  compute SESSION.json   print every stage (scores, mask, weights, outputs, heads) as JSON
  export SESSION.json --out DIR [--format png,pdf,svg,csv,npy] [--scale 1|2|4]
                         write a heatmap of every stage as image files, and/or its
                         matrix as CSV or NumPy .npy
  export SESSION.json [--handout FILE.pdf] [--handout-png DIR]
                         write a handout, alone or beside the --out images: one A4 page per
                         step (heatmaps, inputs and one explained cell) as a PDF, and/or as
                         PNG pages page-01.png, page-02.png, … in DIR
Session files are described in docs/session-format.md. Errors exit with code 2.</source>
        <translation>Attention Lab：输入查询、键和值向量，观察注意力的计算过程。

不带命令时，打开窗口并载入 SESSION.json（或内置的腰围示例）。
命令（无需显示器）：
  compute SESSION.json   以 JSON 格式输出每个阶段（分数、掩码、权重、输出、头）
  export SESSION.json --out DIR [--format png,pdf,svg,csv,npy] [--scale 1|2|4]
                         把每个阶段的热力图写为图像文件，和/或把其矩阵
                         写为 CSV 或 NumPy .npy 文件
  export SESSION.json [--handout FILE.pdf] [--handout-png DIR]
                         单独写出讲义，或与 --out 的图像一起写出：每个步骤一页 A4
                         （热力图、输入和一个解释过的单元格），保存为 PDF，和/或保存为
                         DIR 中的 PNG 页面 page-01.png、page-02.png、…
会话文件的格式见 docs/session-format.md。出错时以退出码 2 退出。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: write the images and data files into &lt;dir&gt; (created if needed).</source>
        <translation>export：将图像和数据文件写入 &lt;dir&gt;（如有需要会自动创建）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: comma-separated formats: png, pdf, svg (heatmap images); csv, npy (each stage&apos;s matrix, see docs/data-files.md). Default png.</source>
        <translation>export：以逗号分隔的格式：png、pdf、svg（热力图图像）；csv、npy（各阶段的矩阵，参见 docs/data-files.md）。默认为 png。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: pixel scale of PNG images: 1, 2 or 4 (default 1).</source>
        <translation>export：PNG 图像的像素缩放倍数：1、2 或 4（默认为 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: write a handout to the PDF &lt;file&gt;: one page per teaching step with its heatmaps, inputs and the formula of one cell.</source>
        <translation>export：将讲义写入 PDF 文件 &lt;file&gt;：每个教学步骤一页，包含该步骤的热力图、输入以及一个单元格的公式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: write the handout pages as page-01.png, page-02.png, … into &lt;dir&gt; (created if needed).</source>
        <translation>export：将讲义页面以 page-01.png、page-02.png、… 写入 &lt;dir&gt;（如有需要会自动创建）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compute: also print the softmax Jacobian J = diag(a) − a aᵀ of query row &lt;row&gt; (0-based) as &quot;softmax_jacobian&quot; (softmax weights only).</source>
        <translation>compute：另外以 &quot;softmax_jacobian&quot; 输出查询行 &lt;row&gt;（从 0 起计）的 softmax 雅可比矩阵 J = diag(a) − a aᵀ（仅限 softmax 权重）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the window (on SESSION.json or the example) to the PNG &lt;file&gt; and quit; needs no display.</source>
        <translation>将窗口（载入 SESSION.json 或示例）渲染为 PNG 文件 &lt;file&gt; 后退出；无需显示器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compute or export; leave out to open the window.</source>
        <translation>compute 或 export；省略则打开窗口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session file (JSON).</source>
        <translation>会话文件（JSON）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (see attnlab --help)</source>
        <translation>（参见 attnlab --help）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown export format &quot;%1&quot; (expected png, pdf, svg, csv or npy)</source>
        <translation>未知的导出格式 &quot;%1&quot;（应为 png、pdf、svg、csv 或 npy）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 needs a file or folder name</source>
        <translation>--%1 需要一个文件名或文件夹名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export needs --out DIR, --handout FILE.pdf or --handout-png DIR</source>
        <translation>export 需要 --out DIR、--handout FILE.pdf 或 --handout-png DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format and --scale apply to the images of --out DIR</source>
        <translation>--format 和 --scale 只作用于 --out DIR 的图像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--scale must be 1, 2 or 4, got &quot;%1&quot;</source>
        <translation>--scale 必须为 1、2 或 4，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--out, --format, --scale, --handout and --handout-png belong to the export command</source>
        <translation>--out、--format、--scale、--handout 和 --handout-png 属于 export 命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>--softmax-jacobian belongs to the compute command</source>
        <translation>--softmax-jacobian 属于 compute 命令</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--screenshot belongs to the window, not to %1</source>
        <translation>--screenshot 用于窗口，不能用于 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a session file: attnlab %1 SESSION.json</source>
        <translation>%1 需要一个会话文件：attnlab %1 SESSION.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many arguments after %1: &quot;%2&quot;</source>
        <translation>%1 之后的参数过多：&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--softmax-jacobian needs a query row (0, 1, 2, …), got &quot;%1&quot;</source>
        <translation>--softmax-jacobian 需要一个查询行（0、1、2……），得到的是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown command &quot;%1&quot; (expected compute, export or a session file)</source>
        <translation>未知命令 &quot;%1&quot;（应为 compute、export 或会话文件）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no display to open the window on (DISPLAY is not set); the compute and export commands work without one</source>
        <translation>没有可用于打开窗口的显示器（未设置 DISPLAY）；compute 和 export 命令无需显示器即可运行</translation>
    </message>
</context>
<context>
    <name>attn::app::ComputeCommand</name>
    <message>
        <location filename="../../app/computecommand.cpp" line="+43"/>
        <source>cannot write the result to standard output</source>
        <translation>无法将结果写入标准输出</translation>
    </message>
</context>
<context>
    <name>attn::app::ExportCommand</name>
    <message>
        <location filename="../../app/exportcommand.cpp" line="+33"/>
        <source>--out %1 is not a directory</source>
        <translation>--out %1 不是目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the output directory %1</source>
        <translation>无法创建输出目录 %1</translation>
    </message>
</context>
<context>
    <name>attn::io::MatrixFile</name>
    <message>
        <location filename="../../ui/io/datafile.cpp" line="+37"/>
        <source>no data file given</source>
        <translation>未指定数据文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a data file</source>
        <translation>是一个目录，不是数据文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file (a device, pipe or socket cannot be imported)</source>
        <translation>不是普通文件（无法导入设备、管道或套接字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too large (%1 bytes; a data file has at most %2, see docs/data-files.md)</source>
        <translation>太大（%1 字节；数据文件最多 %2 字节，参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is too large (a data file has at most %1 bytes, see docs/data-files.md)</source>
        <translation>太大（数据文件最多 %1 字节，参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/io/delimitedfile.cpp" line="+85"/>
        <source>the text is too large (%1 bytes; at most %2)</source>
        <translation>文本太大（%1 字节；最多 %2 字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data at byte %1 (is this a .npy file?); a CSV or TSV file is UTF-8 text</source>
        <translation>字节 %1 处是二进制数据（这是 .npy 文件吗？）；CSV 或 TSV 文件应为 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file holds no numbers (it is empty, or has only blank lines and # comments)</source>
        <translation>文件中没有数字（文件为空，或只有空行和 # 注释）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line %1 has %2, line %3 has %4</source>
        <translation>第 %1 行有 %2，第 %3 行有 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>个值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>values</source>
        <translation>个值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: more than %2 rows (the limit of one matrix, see docs/data-files.md)</source>
        <translation>第 %1 行：超过 %2 行（单个矩阵的上限，参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line %1, column 1: %2 is not a number (line %3 starts with a number, so the first column is not a column of row labels)</source>
        <translation>第 %1 行，第 1 列：%2 不是数字（第 %3 行以数字开头，因此第一列不是行标签列）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>: the cell is empty (every cell of the matrix needs a number)</source>
        <translation>：单元格为空（矩阵的每个单元格都需要一个数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1 is not allowed (NaN and infinity cannot be computed with; every value must be a finite number)</source>
        <translation>：不允许使用 %1（NaN 和无穷大无法参与计算；每个值都必须是有限数值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: %1 is outside the range of a double (magnitudes from about 4.9e-324 to 1.8e308)</source>
        <translation>：%1 超出了 double 的范围（绝对值约为 4.9e-324 到 1.8e308）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: %1 is not a number (write numbers with &apos;.&apos; as the decimal point, e.g. 0.5 or 5.6e-08)</source>
        <translation>：%1 不是数字（请用 &apos;.&apos; 作小数点，例如 0.5 或 5.6e-08）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1 is a header of labels, but no rows of numbers follow</source>
        <translation>第 %1 行是标签表头，但其后没有数字行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every line holds only a label, no numbers</source>
        <translation>每一行都只有标签，没有数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 has %2 columns of numbers, more than the limit of %3 (see docs/data-files.md)</source>
        <translation>第 %1 行有 %2 列数字，超过了上限 %3 列（参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location filename="../../ui/io/delimitedtokenizer.cpp" line="+88"/>
        <source>line %1 has more than %2 values (a matrix has at most %3 columns, see docs/data-files.md)</source>
        <translation>第 %1 行的值超过 %2 个（矩阵最多 %3 列，参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>line %1, column %2: the quoted field is not closed (a &quot; is missing)</source>
        <translation>第 %1 行，第 %2 列：带引号的字段没有闭合（缺少一个 &quot;）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line %1, column %2: text after the closing quote of %3</source>
        <translation>第 %1 行，第 %2 列：%3 的右引号之后还有文本</translation>
    </message>
    <message>
        <location filename="../../ui/io/npyfile.cpp" line="+33"/>
        <location filename="../../ui/io/npyheader.cpp" line="+142"/>
        <source>%1: byte %2: %3</source>
        <translation>%1: 字节 %2：%3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not a .npy file (it does not start with the NumPy magic string \x93NUMPY)</source>
        <translation>不是 .npy 文件（文件开头不是 NumPy 魔数字符串 \x93NUMPY）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file ends inside the format version (cut off?)</source>
        <translation>文件在格式版本处就结束了（被截断了？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown .npy format version %1.%2 (this reads 1.0, 2.0 and 3.0)</source>
        <translation>未知的 .npy 格式版本 %1.%2（本程序可读取 1.0、2.0 和 3.0）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends inside the header length (%1 bytes; cut off?)</source>
        <translation>文件在头部长度字段处就结束了（%1 字节；被截断了？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header length %1 runs past the end of the file (%2 bytes)</source>
        <translation>头部长度 %1 超出了文件末尾（文件共 %2 字节）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the array is empty (shape %1): there is no matrix in it</source>
        <translation>数组为空（形状 %1）：其中没有矩阵</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data holds %1 bytes, but shape %2 of %3 needs %4 (the file is cut off?)</source>
        <translation>数据有 %1 字节，但形状为 %2 的 %3 数组需要 %4 字节（文件被截断了？）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a %1-D array of shape %2 needs %3 before its last two dimensions, got %4</source>
        <translation>形状为 %2 的 %1 维数组在最后两个维度之前需要 %3，实际给出 %4 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>个索引</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indices</source>
        <translation>个索引</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>index %1 is out of range for dimension %2 of shape %3 (0 … %4)</source>
        <translation>索引 %1 超出了形状 %3 第 %2 维的范围（0 … %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a slice is %1 × %2, more than the limit of %3 rows and columns (see docs/data-files.md)</source>
        <translation>切片为 %1 × %2，超过了行数和列数的上限 %3（参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>element %1 is %2; only finite numbers can be imported</source>
        <translation>元素 %1 为 %2；只能导入有限数值</translation>
    </message>
    <message>
        <location filename="../../ui/io/npyheader.cpp" line="-101"/>
        <source>not a NumPy dtype</source>
        <translation>不是 NumPy dtype</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>16-bit floats</source>
        <translation>16 位浮点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-bit floats</source>
        <translation>%1 位浮点数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-bit integers</source>
        <translation>%1 位整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-bit unsigned integers</source>
        <translation>%1 位无符号整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complex numbers</source>
        <translation>复数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booleans</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python objects</source>
        <translation>Python 对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode strings</source>
        <translation>Unicode 字符串</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byte strings</source>
        <translation>字节串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raw bytes</source>
        <translation>原始字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time spans</source>
        <translation>时间间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header is not a Python dict: it must start with &apos;{&apos;</source>
        <translation>头部不是 Python dict：必须以 &apos;{&apos; 开头</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a key in quotes (&apos;descr&apos;, &apos;fortran_order&apos; or &apos;shape&apos;)</source>
        <translation>带引号的键（&apos;descr&apos;、&apos;fortran_order&apos; 或 &apos;shape&apos;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;:&apos; after the key &apos;%1&apos;</source>
        <translation>键 &apos;%1&apos; 之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown key &apos;%1&apos; in the header (expected &apos;descr&apos;, &apos;fortran_order&apos; and &apos;shape&apos;)</source>
        <translation>头部中有未知的键 &apos;%1&apos;（应为 &apos;descr&apos;、&apos;fortran_order&apos; 和 &apos;shape&apos;）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in the header dict, got %1</source>
        <translation>头部 dict 中应为 &apos;,&apos; 或 &apos;}&apos;，实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected %1 after the header dict</source>
        <translation>头部 dict 之后出现意外的 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header has no %1</source>
        <translation>头部缺少 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the end of the header</source>
        <translation>头部结尾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte 0x%1</source>
        <translation>字节 0x%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, got %1</source>
        <translation>，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the key &apos;%1&apos; appears twice in the header</source>
        <translation>键 &apos;%1&apos; 在头部中出现了两次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a string in the header is not closed</source>
        <translation>头部中的字符串没有闭合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected %1 in a string of the header</source>
        <translation>头部的字符串中出现意外的 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a string in the header is longer than 64 characters</source>
        <translation>头部中的字符串超过 64 个字符</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>structured arrays (a list of named fields in &apos;descr&apos;) are not supported; save a plain float32 or float64 array</source>
        <translation>不支持结构化数组（&apos;descr&apos; 中的具名字段列表）；请保存为普通的 float32 或 float64 数组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a dtype string such as &apos;&lt;f8&apos; for &apos;descr&apos;</source>
        <translation>&apos;descr&apos; 的 dtype 字符串（如 &apos;&lt;f8&apos;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dtype %1 (Python objects): object arrays hold pickled Python objects and cannot be read; save a float32 or float64 array</source>
        <translation>dtype %1（Python 对象）：对象数组保存的是用 pickle 序列化的 Python 对象，无法读取；请保存为 float32 或 float64 数组</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the dtype %1 has byte order &apos;%2&apos;; expected &apos;&lt;&apos; (little-endian) or &apos;&gt;&apos; (big-endian)</source>
        <translation>dtype %1 的字节序为 &apos;%2&apos;；应为 &apos;&lt;&apos;（小端）或 &apos;&gt;&apos;（大端）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported dtype %1 (%2); Attention Lab reads float32 and float64 (&apos;&lt;f4&apos;, &apos;&gt;f4&apos;, &apos;&lt;f8&apos;, &apos;&gt;f8&apos;): convert with a.astype(numpy.float64)</source>
        <translation>不支持的 dtype %1（%2）；Attention Lab 只读取 float32 和 float64（&apos;&lt;f4&apos;、&apos;&gt;f4&apos;、&apos;&lt;f8&apos;、&apos;&gt;f8&apos;）：请用 a.astype(numpy.float64) 转换</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;fortran_order&apos; must be True or False, got %1</source>
        <translation>&apos;fortran_order&apos; 必须为 True 或 False，实际为 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;shape&apos; must be a tuple such as (3, 4) or (5,)</source>
        <translation>&apos;shape&apos; 必须是元组，例如 (3, 4) 或 (5,)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the shape has more than %1 dimensions</source>
        <translation>形状的维度超过 %1 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the shape has more than %1 elements (the limit, see docs/data-files.md)</source>
        <translation>形状的元素超过 %1 个（上限，参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in &apos;shape&apos;, got %1</source>
        <translation>&apos;shape&apos; 中应为 &apos;,&apos; 或 &apos;)&apos;，实际为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;shape&apos; (%1) is a number in parentheses, not a tuple; a 1-tuple is written (%1,)</source>
        <translation>&apos;shape&apos;（%1）是括号中的一个数，不是元组；单元素元组写作 (%1,)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a dimension of &apos;shape&apos; is negative</source>
        <translation>&apos;shape&apos; 的某个维度为负数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a dimension of &apos;shape&apos; is larger than %1 (the limit of elements, see docs/data-files.md)</source>
        <translation>&apos;shape&apos; 的某个维度大于 %1（元素个数的上限，参见 docs/data-files.md）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a whole number in &apos;shape&apos;, got %1</source>
        <translation>&apos;shape&apos; 中应为整数，实际为 %1</translation>
    </message>
</context>
<context>
    <name>attn::io::SessionJson</name>
    <message>
        <location filename="../../ui/io/examples.cpp" line="+54"/>
        <location filename="../../ui/io/sessionjsonread.cpp" line="+273"/>
        <location line="+3"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/io/jsonhelpers.h" line="+68"/>
        <location filename="../../ui/io/sessionreader.cpp" line="+137"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionchecks.cpp" line="+42"/>
        <source>&quot;self_attention&quot;.&quot;%1&quot; has %2 but &quot;self_attention&quot;.&quot;X&quot; has d_model = %3 columns</source>
        <translation>&quot;self_attention&quot;.&quot;%1&quot; 有 %2，但 &quot;self_attention&quot;.&quot;X&quot; 有 d_model = %3 列</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+71"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1 &quot;keys&quot; but %2 &quot;values&quot; rows</source>
        <translation>&quot;keys&quot; 有 %1 行，但 &quot;values&quot; 有 %2 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;multi_head&quot;: %1 heads do not divide d_model = %2</source>
        <translation>&quot;multi_head&quot;：d_model = %2 不能被头数 %1 整除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;multi_head&quot;: %1 heads are more than d_model = %2</source>
        <translation>&quot;multi_head&quot;：头数 %1 大于 d_model = %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; have %2 but multi-head attention needs d_model = %3 (the columns of &quot;queries&quot;)</source>
        <translation>&quot;%1&quot; 有 %2，但多头注意力需要 d_model = %3（即 &quot;queries&quot; 的列数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <location line="+1"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+37"/>
        <location line="+1"/>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&quot;multi_head&quot;.&quot;%1&quot; is %2 but must be d_model × d_model = %3</source>
        <translation>&quot;multi_head&quot;.&quot;%1&quot; 为 %2，但必须为 d_model × d_model = %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;scoring&quot;.&quot;W&quot; is %1 but general scoring needs d_q × d_k = %2</source>
        <translation>&quot;scoring&quot;.&quot;W&quot; 为 %1，但一般评分需要 d_q × d_k = %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;scoring&quot;.&quot;%1&quot; is %2 but additive scoring needs %3 (h = %4, the length of &quot;w_v&quot;)</source>
        <translation>&quot;scoring&quot;.&quot;%1&quot; 为 %2，但加性评分需要 %3（h = %4，即 &quot;w_v&quot; 的长度）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;self_attention&quot;.&quot;W_Q&quot; has %1 but &quot;W_K&quot; has %2: %3 scoring needs queries and keys of equal d_k</source>
        <translation>&quot;self_attention&quot;.&quot;W_Q&quot; 有 %1，但 &quot;W_K&quot; 有 %2：%3 评分要求查询和键的 d_k 相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;queries&quot; have d_k = %1 but &quot;keys&quot; have d_k = %2</source>
        <translation>&quot;queries&quot; 的 d_k = %1，但 &quot;keys&quot; 的 d_k = %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; has %2 but %3 has %4</source>
        <translation>&quot;%1&quot; 有 %2，但 %3 有 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>个标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>labels</source>
        <translation>个标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;mask&quot;.&quot;valid_lengths&quot; has %1 for %2</source>
        <translation>&quot;mask&quot;.&quot;valid_lengths&quot; 为 %2 给出了 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entries</source>
        <translation>项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query row</source>
        <translation>个查询行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>query rows</source>
        <translation>个查询行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;mask&quot;.&quot;valid_lengths&quot; item %1 is %2, more than the %3</source>
        <translation>&quot;mask&quot;.&quot;valid_lengths&quot; 第 %1 项为 %2，超过了全部 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>个键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keys</source>
        <translation>个键</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;mask&quot;.&quot;cells&quot; item %1 is [%2, %3], outside the %4 scores (queries 0 … %5, keys 0 … %6, counted from 0)</source>
        <translation>&quot;mask&quot;.&quot;cells&quot; 第 %1 项为 [%2, %3]，超出了 %4 的分数范围（查询 0 … %5，键 0 … %6，从 0 开始计数）</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionjsonread.cpp" line="-148"/>
        <source> (self-attention needs W_Q, W_K and W_V unless &quot;multi_head&quot; is given)</source>
        <translation>（除非给出 &quot;multi_head&quot;，否则自注意力需要 W_Q、W_K 和 W_V）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>scoring function</source>
        <translation>评分函数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (general scoring needs W, d_q × d_k)</source>
        <translation>（一般评分需要 W：d_q × d_k）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (additive scoring needs W_q, d_q × h; W_k, d_k × h; w_v, h)</source>
        <translation>（加性评分需要 W_q：d_q × h；W_k：d_k × h；w_v：h）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>normalization</source>
        <translation>归一化函数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>mask kind</source>
        <translation>掩码类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (one length per query row, e.g. [2, 6])</source>
        <translation>（每个查询行一个长度，例如 [2, 6]）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an array of whole numbers such as [2, 6], got %2</source>
        <translation>%1 必须是整数数组，例如 [2, 6]，实际为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the window width w ≥ 0)</source>
        <translation>（窗口宽度 w ≥ 0）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (0-based [query, key] pairs, e.g. [[0, 1], [1, 2]])</source>
        <translation>（从 0 开始计数的 [查询, 键] 对，例如 [[0, 1], [1, 2]]）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an array of [query, key] pairs such as [[0, 1]], got %2</source>
        <translation>%1 必须是 [查询, 键] 对的数组，例如 [[0, 1]]，实际为 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a [query, key] pair of 0-based whole numbers such as [0, 1], got %2</source>
        <translation>%1 必须是由从 0 开始计数的整数组成的 [查询, 键] 对，例如 [0, 1]，实际为 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (multi-head attention needs heads, W_Q, W_K, W_V and W_O)</source>
        <translation>（多头注意力需要 heads、W_Q、W_K、W_V 和 W_O）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no session file given</source>
        <translation>未指定会话文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a session file</source>
        <translation>是一个目录，不是会话文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file (a device, pipe or socket is not a session file)</source>
        <translation>不是普通文件（设备、管道或套接字都不是会话文件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is too large for a session file (%1 bytes; at most %2)</source>
        <translation>作为会话文件太大（%1 字节；最多 %2 字节）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is too large for a session file (at most %1 bytes)</source>
        <translation>作为会话文件太大（最多 %1 字节）</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionjsonwrite.cpp" line="+228"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+4"/>
        <source>%1 has an entry that is not a finite number</source>
        <translation>%1 中有一项不是有限数</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&quot;scoring&quot;.&quot;sigma&quot; must be &gt; 0, got %1</source>
        <translation>&quot;scoring&quot;.&quot;sigma&quot; 必须 &gt; 0，实际为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;normalization&quot;.&quot;temperature&quot; must be &gt; 0, got %1</source>
        <translation>&quot;normalization&quot;.&quot;temperature&quot; 必须 &gt; 0，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionreader.cpp" line="-42"/>
        <source>%1 item %2</source>
        <translation>%1 第 %2 项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is empty (expected a JSON object with &quot;queries&quot;, &quot;keys&quot; and &quot;values&quot;, or &quot;self_attention&quot;)</source>
        <translation>文件为空（应为包含 &quot;queries&quot;、&quot;keys&quot; 和 &quot;values&quot; 或包含 &quot;self_attention&quot; 的 JSON 对象）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary data at byte 0: this is a NumPy .npy file, not a session file (import it into a table instead)</source>
        <translation>第 0 字节处为二进制数据：这是 NumPy .npy 文件，不是会话文件（请改为将其导入表格）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary data at byte %1 (line %2, column %3): a session file is JSON text in UTF-8</source>
        <translation>第 %1 字节处为二进制数据（第 %2 行，第 %3 列）：会话文件应为 UTF-8 编码的 JSON 文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed JSON at byte offset %1 (line %2, column %3): %4</source>
        <translation>字节偏移 %1 处的 JSON 格式错误（第 %2 行，第 %3 列）：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (numbers must be finite and within the range of a double; NaN, Infinity and values such as 1e400 are not allowed)</source>
        <translation>（数字必须是有限的，且在 double 的范围内；不允许 NaN、Infinity 以及 1e400 之类的值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the file ends after %1 bytes, before the JSON is complete (is it cut off?)</source>
        <translation>；文件在 %1 字节后结束，JSON 尚不完整（文件是否被截断？）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;version&quot; must be a whole number, got %1</source>
        <translation>&quot;version&quot; 必须是整数，实际为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;version&quot; must be 1 or more, got %1</source>
        <translation>&quot;version&quot; 必须大于或等于 1，实际为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format version %1 is newer than this Attention Lab reads (up to version %2); open it with a newer Attention Lab</source>
        <translation>格式版本 %1 比此版本的 Attention Lab 能读取的版本更新（最高支持版本 %2）；请用更新版本的 Attention Lab 打开</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing%2</source>
        <translation>缺少 %1%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be an object such as %2, got %3</source>
        <translation>%1 必须是对象，例如 %2，实际为 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be an array of rows such as [[1, 2], [3, 4]], got %2</source>
        <translation>%1 必须是由行组成的数组，例如 [[1, 2], [3, 4]]，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionjsonwrite.cpp" line="-103"/>
        <location filename="../../ui/io/sessionreader.cpp" line="+4"/>
        <source>%1 has no rows</source>
        <translation>%1 没有行</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/io/sessionreader.cpp" line="+2"/>
        <source>%1 has %2 rows, more than the limit of %3 (docs/session-format.md)</source>
        <translation>%1 有 %2 行，超过了 %3 行的上限（docs/session-format.md）</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionreader.cpp" line="+7"/>
        <source>%1 row %2 is not an array of numbers but %3; write each row in brackets, e.g. [[60], [64]]</source>
        <translation>%1 第 %2 行不是数字数组，而是 %3；请将每一行写在方括号中，例如 [[60], [64]]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 row %2 is empty</source>
        <translation>%1 第 %2 行为空</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionjsonwrite.cpp" line="+3"/>
        <location filename="../../ui/io/sessionreader.cpp" line="+2"/>
        <source>%1 row %2 has %3 numbers, more than the limit of %4 columns (docs/session-format.md)</source>
        <translation>%1 第 %2 行有 %3 个数，超过了 %4 列的上限（docs/session-format.md）</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionreader.cpp" line="-131"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the top level must be a JSON object such as {&quot;queries&quot;: …, &quot;keys&quot;: …, &quot;values&quot;: …}, not %1</source>
        <translation>顶层必须是 JSON 对象，例如 {&quot;queries&quot;: …, &quot;keys&quot;: …, &quot;values&quot;: …}，而不是%1</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>duplicate key %1 at line %2, column %3: a key may appear only once in an object</source>
        <translation>第 %2 行第 %3 列处的键 %1 重复：同一对象中每个键只能出现一次</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>%1 row %2 has %3, row 1 has %4</source>
        <translation>%1 第 %2 行有 %3，而第 1 行有 %4 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>个数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numbers</source>
        <translation>个数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 row %2, column %3 is not a number (%4)</source>
        <translation>%1 第 %2 行第 %3 列不是数字（%4）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a non-empty array of numbers such as [1, -1], got %2</source>
        <translation>%1 必须是非空的数字数组，例如 [1, -1]，实际为 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has %2 numbers, more than the limit of %3 (docs/session-format.md)</source>
        <translation>%1 有 %2 个数，超过了 %3 个的上限（docs/session-format.md）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 item %2 is not a number (%3)</source>
        <translation>%1 第 %2 项不是数字（%3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a number, got %2</source>
        <translation>%1 必须是数字，实际为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be &gt; 0, got %2</source>
        <translation>%1 必须 &gt; 0，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionjsonwrite.cpp" line="+99"/>
        <location filename="../../ui/io/sessionreader.cpp" line="+10"/>
        <source>%1 must be a whole number ≥ %2, got %3</source>
        <translation>%1 必须是 ≥ %2 的整数，实际为 %3</translation>
    </message>
    <message>
        <location filename="../../ui/io/sessionreader.cpp" line="+9"/>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 必须是 true 或 false，实际为 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a string, got %2</source>
        <translation>%1 必须是字符串，实际为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (expected %1)</source>
        <translation>（应为 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a string (%2), got %3</source>
        <translation>%1 必须是字符串（%2），实际为 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown %2 %3 (expected %4)</source>
        <translation>%1：未知的%2 %3（应为 %4）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be an array of strings, got %2</source>
        <translation>%1 必须是字符串数组，实际为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 item %2 is not a string (%3)</source>
        <translation>%1 第 %2 项不是字符串（%3）</translation>
    </message>
</context>
<context>
    <name>attn::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/window/aboutdialog.cpp" line="+48"/>
        <source>Attention Lab</source>
        <translation>Attention Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (built with %2)</source>
        <translation>%1（使用 %2 构建）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>依据 GNU 通用公共许可证（GNU General Public License）第 3 版或任何更高版本（GPL-3.0-or-later）发布的自由软件。本软件完全不提供任何担保。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Attention Lab</source>
        <translation>关于 Attention Lab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attention Lab %1</source>
        <translation>Attention Lab %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type query, key and value vectors and watch attention happen: every stage as a heatmap, every number explained with its formula.</source>
        <translation>输入查询、键和值向量，观察注意力的计算过程：每个阶段都以热力图显示，每个数字都附有公式解释。</translation>
    </message>
</context>
<context>
    <name>attn::ui::AutosaveWarning</name>
    <message>
        <location filename="../../ui/files/autosavewarning.cpp" line="+44"/>
        <source>Other Attention Lab windows are not warned that this file is open here: its lock cannot be written to %1 (%2).</source>
        <translation>其他 Attention Lab 窗口不会得知此文件已在这里打开：无法将它的锁写入 %1（%2）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Autosave is off: cannot write to %1 (%2). Save your work with %3.</source>
        <translation>自动保存已停止：无法写入 %1（%2）。请用 %3 保存您的工作。</translation>
    </message>
</context>
<context>
    <name>attn::ui::Autosaver</name>
    <message>
        <location filename="../../ui/files/autosaver.cpp" line="+127"/>
        <source>the lock file %1 cannot be created: permission denied</source>
        <translation>无法创建锁文件 %1：权限不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lock file %1 cannot be created</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
</context>
<context>
    <name>attn::ui::CellLabelsItem</name>
    <message>
        <location filename="../../ui/heatmap/celllabelsitem.cpp" line="+168"/>
        <source>masked</source>
        <translation>已掩码</translation>
    </message>
</context>
<context>
    <name>attn::ui::ColumnsDialog</name>
    <message>
        <location filename="../../ui/tables/columnsdialog.cpp" line="+17"/>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of columns (%1) of %2. Columns past the new width are removed (Undo gives them back); new columns start with the value below.</source>
        <translation>%2 的列数（%1）。超出新宽度的列会被删除（撤销可恢复）；新列以下面的值开始。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Columns (%1):</source>
        <translation>列数（%1）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New entries:</source>
        <translation>新元素(&amp;N)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is not a number (write it with &apos;.&apos; as decimal point, e.g. 1.75)</source>
        <translation>“%1”不是数字（请用“.”作小数点，例如 1.75）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entries: %1.</source>
        <translation>新元素：%1。</translation>
    </message>
</context>
<context>
    <name>attn::ui::ComputeRunner</name>
    <message>
        <location filename="../../ui/compute/computerunner.cpp" line="+84"/>
        <source>not enough memory for a session of this size</source>
        <translation>内存不足，无法计算这么大的会话</translation>
    </message>
</context>
<context>
    <name>attn::ui::DataExport</name>
    <message>
        <location filename="../../ui/base/dataexport.cpp" line="+36"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>attn::ui::EditorActions</name>
    <message>
        <location filename="../../ui/tables/editoractions.cpp" line="+38"/>
        <location line="+3"/>
        <source>Queries, Keys and Values</source>
        <translation>查询、键和值</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Fill Selection…</source>
        <translation>填充所选单元格(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one number into every selected cell (select a row or column by its header)</source>
        <translation>把同一个数写入每个选中的单元格（点击表头可选中整行或整列）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set %1 (&amp;Columns)…</source>
        <translation>设置 %1（列数）(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the number of columns (%1) of this table and of those sharing it</source>
        <translation>设置此表及与之共享该维度的表的列数（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Label Rows from Text…</source>
        <translation>用文本标注各行(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste a sentence: each word labels one row</source>
        <translation>输入或粘贴一句话：每个词标注一行</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Fill: select the cells to fill first (a row or a column by its header).</source>
        <translation>填充：请先选中要填充的单元格（点击表头可选中整行或整列）。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Write this number into the selected cell:</source>
        <translation>把这个数写入选中的单元格：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this number into the %1 selected cells:</source>
        <translation>把这个数写入选中的 %1 个单元格：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill Selection</source>
        <translation>填充所选单元格</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not a number (write it with &apos;.&apos; as decimal point, e.g. 1.75)</source>
        <translation>“%1”不是数字（请用“.”作小数点，例如 1.75）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill: %1; nothing was filled.</source>
        <translation>填充：%1；未填充任何单元格。</translation>
    </message>
</context>
<context>
    <name>attn::ui::ExplanationPanel</name>
    <message>
        <location filename="../../ui/teach/explanationpanel.cpp" line="+34"/>
        <source>Show every term</source>
        <translation>显示每一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as LaTeX</source>
        <translation>复制为 LaTeX</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a cell of any heatmap to see where its number comes from.</source>
        <translation>点击任一热力图的单元格，查看其中的数字是怎么来的。</translation>
    </message>
</context>
<context>
    <name>attn::ui::ExportActions</name>
    <message>
        <location filename="../../ui/window/exportactions.cpp" line="+28"/>
        <source>Export &amp;All Heatmaps…</source>
        <translation>导出所有热力图(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Heatmap</source>
        <translation>导出热力图(&amp;H)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PNG (1×)…</source>
        <translation>PNG (1×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG (2×)…</source>
        <translation>PNG (2×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG (4×)…</source>
        <translation>PNG (4×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <location line="+3"/>
        <source>Export All Heatmaps</source>
        <translation>导出所有热力图</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>There is nothing to export: the current session cannot be computed.</source>
        <translation>没有可导出的内容：当前会话无法计算。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attn::ui::ExportAllDialog</name>
    <message>
        <location filename="../../ui/window/exportalldialog.cpp" line="+16"/>
        <source>Export All Heatmaps</source>
        <translation>导出所有热力图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Heatmaps To</source>
        <translation>将热力图导出到</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG (image)</source>
        <translation>PNG（图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG scale:</source>
        <translation>PNG 缩放倍数：</translation>
    </message>
</context>
<context>
    <name>attn::ui::FileDrop</name>
    <message>
        <location filename="../../ui/files/filedrop.cpp" line="+43"/>
        <source>Cannot Open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is neither a session (.json) nor a data file (.csv, .tsv, .txt, .npy): Attention Lab cannot open it.</source>
        <translation>%1 既不是会话文件（.json），也不是数据文件（.csv、.tsv、.txt、.npy）：Attention Lab 无法打开它。</translation>
    </message>
</context>
<context>
    <name>attn::ui::Handout</name>
    <message>
        <location filename="../../ui/teach/handout.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session has no steps to put in a handout.</source>
        <translation>该会话没有可放入讲义的步骤。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make the handout: %1</source>
        <translation>无法生成讲义：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1 could not be started</source>
        <translation>无法开始写入第 %1 页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No file name was given for the handout.</source>
        <translation>没有为讲义指定文件名。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attention handout</source>
        <translation>注意力讲义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — handout</source>
        <translation>%1 — 讲义</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No folder was given for the handout pages.</source>
        <translation>没有为讲义页面指定文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the handout pages into %1: it is not a folder</source>
        <translation>无法将讲义页面写入 %1：它不是文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot draw handout page %1.</source>
        <translation>无法绘制讲义第 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/teach/handoutpages.cpp" line="+59"/>
        <source>Q (queries)</source>
        <translation>查询 Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q = X W_Q</source>
        <translation>Q = X W_Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q = (X + P) W_Q</source>
        <translation>Q = (X + P) W_Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>K (keys)</source>
        <translation>键 K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K = X W_K</source>
        <translation>K = X W_K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K = (X + P) W_K</source>
        <translation>K = (X + P) W_K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V (values)</source>
        <translation>值 V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V = X W_V</source>
        <translation>V = X W_V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V = (X + P) W_V</source>
        <translation>V = (X + P) W_V</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>X (tokens)</source>
        <translation>词元 X</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>W_Q</source>
        <translation>W_Q</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>W_K</source>
        <translation>W_K</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>W_V</source>
        <translation>W_V</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>W_O</source>
        <translation>W_O</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Softmax Jacobian</source>
        <translation>softmax 雅可比矩阵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the weights of query “%1” change with its scores: J = diag(a) − a aᵀ, ∂aⱼ/∂sₗ = aⱼ(δⱼₗ − aₗ).</source>
        <extracomment>%1: a query&apos;s label. J = diag(a) − a aᵀ: how the query&apos;s weights change with its scores.</extracomment>
        <translation>查询“%1”的权重如何随其分数变化：J = diag(a) − a aᵀ，∂aⱼ/∂sₗ = aⱼ(δⱼₗ − aₗ)。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Step %1 of %2 — %3</source>
        <translation>步骤 %1/%2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before step %1 — %2</source>
        <extracomment>A handout page whose stages are not a step of the window&apos;s stage bar (the projections when all heads are shown). %1: the number of the window&apos;s next step; %2: the page&apos;s title.</extracomment>
        <translation>步骤 %1 之前 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After step %1 — %2</source>
        <extracomment>As “Before step %1 — %2”, for a page after the window&apos;s last step.</extracomment>
        <translation>步骤 %1 之后 — %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 (row “%2”, column “%3”)</source>
        <translation>%1（行“%2”，列“%3”）</translation>
    </message>
    <message>
        <location filename="../../ui/teach/handoutpainter.cpp" line="+92"/>
        <source>Attention Lab · page %1 of %2</source>
        <translation>Attention Lab · 第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Worked cell: %1</source>
        <translation>单元格详解：%1</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>attn::ui::HandoutDialog</name>
    <message>
        <location filename="../../ui/teach/handoutdialog.cpp" line="+44"/>
        <source>PDF handout (*.pdf)</source>
        <translation>PDF 讲义 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pages in a folder (*)</source>
        <translation>文件夹中的 PNG 页面 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Handout not written</source>
        <translation>讲义未写入</translation>
    </message>
</context>
<context>
    <name>attn::ui::HeatmapController</name>
    <message>
        <location filename="../../ui/heatmap/heatmapcontroller.cpp" line="+116"/>
        <source>visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>masked</source>
        <translation>已掩码</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not yet</source>
        <comment>a heatmap of a later step in a step-through</comment>
        <translation>尚未显示</translation>
    </message>
</context>
<context>
    <name>attn::ui::HeatmapExport</name>
    <message>
        <location filename="../../ui/export/heatmapexport.cpp" line="+84"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>attn::ui::HeatmapSpec</name>
    <message>
        <location filename="../../ui/heatmap/heatmapspec.cpp" line="+83"/>
        <source>every key is masked for this query</source>
        <translation>该查询的所有键都被掩码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no key lies within the bandwidth σ = %1</source>
        <translation>没有键落在带宽 σ = %1 之内</translation>
    </message>
</context>
<context>
    <name>attn::ui::HeatmapStyle</name>
    <message>
        <location filename="../../ui/heatmap/heatmapstyle.cpp" line="+33"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
</context>
<context>
    <name>attn::ui::HeatmapWidget</name>
    <message>
        <location filename="../../ui/heatmap/heatmapwidget.cpp" line="+29"/>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../../ui/export/heatmapwidgetexport.cpp" line="+38"/>
        <source>Export as PNG (1×)…</source>
        <translation>导出为 PNG (1×)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG (2×)…</source>
        <translation>导出为 PNG (2×)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG (4×)…</source>
        <translation>导出为 PNG (4×)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Data as CSV…</source>
        <translation>将数据导出为 CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Data as NumPy (.npy)…</source>
        <translation>将数据导出为 NumPy (.npy)…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was not exported: %2</source>
        <extracomment>%1: a heatmap&apos;s title, e.g. “Attention weights”; %2: why (naming the file).</extracomment>
        <translation>“%1”未能导出：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported “%1” to %2</source>
        <extracomment>%1: a heatmap&apos;s title, e.g. “Attention weights”; %2: the file written.</extracomment>
        <translation>已将“%1”导出到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/heatmap/heatmapwidget.cpp" line="+12"/>
        <source>Zoomed: double-click shows all</source>
        <translation>已放大：双击显示全部</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>masked</source>
        <translation>已掩码</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/export/heatmapwidgetexport.cpp" line="-56"/>
        <location line="+32"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unknown image format “%1”.</source>
        <translation>未知的图像格式“%1”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Heatmap</source>
        <translation>导出热力图</translation>
    </message>
</context>
<context>
    <name>attn::ui::HelpActions</name>
    <message>
        <location filename="../../ui/window/helpactions.cpp" line="+42"/>
        <source>&amp;Quick Guide</source>
        <translation>快速入门(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each part of the window is, and how to explain a number</source>
        <translation>窗口各部分的作用，以及如何解释一个数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key and mouse action of the window</source>
        <translation>窗口中的所有按键和鼠标操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Attention Lab</source>
        <translation>关于 Attention Lab(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Q&amp;t</source>
        <translation>关于 Qt(&amp;T)</translation>
    </message>
</context>
<context>
    <name>attn::ui::ImportActions</name>
    <message>
        <location filename="../../ui/files/importactions.cpp" line="+28"/>
        <source>Import &amp;Matrix…</source>
        <translation>导入矩阵(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a matrix from a CSV, TSV or NumPy (.npy) file into a table</source>
        <translation>从 CSV、TSV 或 NumPy (.npy) 文件读取矩阵到表格中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View Attention Matrix…</source>
        <translation>查看注意力矩阵(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show attention weights from a CSV, TSV or NumPy (.npy) file as a heatmap, with no computation</source>
        <translation>将 CSV、TSV 或 NumPy (.npy) 文件中的注意力权重直接显示为热力图，不做计算</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Matrix</source>
        <translation>导入矩阵</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View Attention Matrix</source>
        <translation>查看注意力矩阵</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+14"/>
        <location line="+43"/>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1 from %2</source>
        <translation>从 %2 导入 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the %2 × %3 matrix cannot be used as %4 in this session.</source>
        <translation>%1：这个 %2 × %3 的矩阵不能在此会话中用作 %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 (%2 × %3) from %4</source>
        <translation>已从 %4 导入 %1（%2 × %3）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Data files (*.csv *.tsv *.txt *.npy);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.txt *.npy);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>attn::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/files/importdialog.cpp" line="+34"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0-based index, as in NumPy</source>
        <translation>从 0 开始的索引，与 NumPy 相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (0–%2):</source>
        <translation>%1（0–%2）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>View as an attention matrix (no computation)</source>
        <translation>作为注意力矩阵查看（不计算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import into:</source>
        <translation>导入到：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slice:</source>
        <translation>切片：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: %1 %2 becomes %3 × %4 (now %5 × %6)</source>
        <translation>：%1 %2 将变为 %3 × %4（当前为 %5 × %6）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; the row labels become token labels</source>
        <translation>；行标签将成为词元标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shown as attention weights in a new window</source>
        <translation>，将作为注意力权重显示在新窗口中</translation>
    </message>
</context>
<context>
    <name>attn::ui::ImportTarget</name>
    <message>
        <location filename="../../ui/files/importtarget.cpp" line="+31"/>
        <source>%1 %2 (%3 × %4)</source>
        <translation>%1 %2 (%3 × %4)</translation>
    </message>
</context>
<context>
    <name>attn::ui::LabelRowsDialog</name>
    <message>
        <location filename="../../ui/tables/labelrowsdialog.cpp" line="+19"/>
        <source>Label Rows of %1</source>
        <translation>标注%1的各行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type or paste a sentence: each word labels one row, from the first row on (Chinese: each character).</source>
        <translation>输入或粘贴一句话：从第一行起，每个词标注一行（中文：每个字一行）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cat sat on the mat</source>
        <translation>我爱自然语言处理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words (Chinese and Japanese: each character)</source>
        <translation>按词（中文和日文：每个字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every character</source>
        <translation>每个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a separator</source>
        <translation>按分隔符</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split:</source>
        <translation>拆分(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eparator:</source>
        <translation>分隔符(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resize</source>
        <translation>调整行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Label Rows</source>
        <translation>标注各行</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No labels yet.</source>
        <translation>还没有标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 label: %1</source>
        <translation>1 个标签：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 labels: %2</source>
        <translation>%1 个标签：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 label</source>
        <translation>1 个标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 labels</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for %2.</source>
        <translation>%1，表格有 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize to 1 Row</source>
        <translation>调整为 1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize to %1 Rows</source>
        <translation>调整为 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label the First Row</source>
        <translation>只标注第一行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label the First %1 Rows</source>
        <translation>只标注前 %1 行</translation>
    </message>
</context>
<context>
    <name>attn::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/mainwindow.cpp" line="+161"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores and weights</source>
        <translation>分数与权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Q, K, V</source>
        <translation>Q, K, V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens X</source>
        <translation>词元 X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projections</source>
        <translation>投影</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring W</source>
        <translation>评分 W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heads</source>
        <translation>多头</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Handout…</source>
        <translation>导出讲义(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load example “%1”</source>
        <translation>加载示例“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Open Example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Handout written to %1</source>
        <translation>讲义已写入 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — Attention Lab</source>
        <translation>%1[*] — Attention Lab</translation>
    </message>
</context>
<context>
    <name>attn::ui::MaskPanel</name>
    <message>
        <location filename="../../ui/window/maskpanel.cpp" line="+28"/>
        <source>one per query, e.g. 2, 6</source>
        <translation>每个查询一个，例如 2, 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid lengths</source>
        <translation>有效长度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window w</source>
        <translation>窗口 w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a score cell to mask or unmask it.</source>
        <translation>点击分数单元格即可掩码或取消掩码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” is not a valid length: give whole numbers from 0 to %2 (the number of keys), one per query.</source>
        <translation>“%1”不是有效长度：请给出 0 到 %2（键的数量）之间的整数，每个查询一个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 valid lengths given for %2 queries: give one per query.</source>
        <translation>为 %2 个查询给出了 %1 个有效长度：每个查询应给出一个。</translation>
    </message>
</context>
<context>
    <name>attn::ui::MatrixEditor</name>
    <message>
        <location filename="../../ui/tables/matrixeditor.cpp" line="+35"/>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected %1 row</source>
        <translation>删除所选的%1行</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add a %1 row after the selected one (at the end when none is)</source>
        <translation>在所选行之后添加一个%1行（未选行时添加到末尾）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a key and its value after the selected row (at the end when none is)</source>
        <translation>在所选行之后添加一个键及其值（未选行时添加到末尾）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected key and its value</source>
        <translation>删除所选的键及其值</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>+ dim</source>
        <translation>+ 维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a dimension (%1)</source>
        <translation>添加一个维度（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− dim</source>
        <translation>− 维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected dimension (%1)</source>
        <translation>删除所选的维度（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill with seeded random numbers in [−1, 1]</source>
        <translation>用带种子的随机数填充，取值范围 [−1, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>单位矩阵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill with ones on the diagonal and zeros elsewhere</source>
        <translation>对角线填 1，其余位置填 0</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as C&amp;SV…</source>
        <translation>导出为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;NumPy (.npy)…</source>
        <translation>导出为 NumPy (.npy)(&amp;N)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2  %3 × %4</source>
        <translation>%1 %2  %3 × %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 × %3</source>
        <translation>%1  %2 × %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2 × %3 = %4 × %5
Right-click the table to import, export, copy, paste, fill cells, set the columns or label the rows.</source>
        <translation>%1
%2 × %3 = %4 × %5
右键单击表格可导入、导出、复制、粘贴、填充单元格、设置列数或标注各行。</translation>
    </message>
</context>
<context>
    <name>attn::ui::MatrixExport</name>
    <message>
        <location filename="../../ui/export/matrixexport.cpp" line="+58"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>attn::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/tables/matrixmodel.cpp" line="+40"/>
        <source>“%1” is out of range (the largest number is about 1.8e308, the smallest above 0 about 4.9e-324)</source>
        <translation>“%1”超出范围（最大的数约为 1.8e308，大于 0 的最小数约为 4.9e-324）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is infinite (every entry must be a finite number)</source>
        <translation>“%1”是无穷大（每个元素都必须是有限的数）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Row %1: a token label cannot be empty.</source>
        <translation>第 %1 行：词元标签不能为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1, column %2: %3; the value %4 was kept.</source>
        <translation>第 %1 行第 %2 列：%3；已保留原值 %4。</translation>
    </message>
</context>
<context>
    <name>attn::ui::MatrixRole</name>
    <message>
        <location filename="../../ui/document/roletitles.cpp" line="+45"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General scoring</source>
        <translation>一般评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Additive scoring</source>
        <translation>加性评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-head</source>
        <translation>多头</translation>
    </message>
</context>
<context>
    <name>attn::ui::MatrixViewer</name>
    <message>
        <location filename="../../ui/files/matrixviewer.cpp" line="+42"/>
        <source>%1 — Attention Lab</source>
        <translation>%1 — Attention Lab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 × %2 (n_q × n_k)</source>
        <translation>%1 × %2 (n_q × n_k)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, every row sums to 1 within 1e-6</source>
        <translation>%1，每行之和在 1e-6 误差内等于 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows sum to %1</source>
        <translation>各行之和为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows sum to %1 … %2</source>
        <translation>各行之和为 %1 … %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3 of %4 rows do not sum to 1 within 1e-6 (attention weights do; is this the right slice?)</source>
        <translation>%1，%2：%4 行中有 %3 行之和在 1e-6 误差内不等于 1（注意力权重的每行之和都为 1；这是正确的切片吗？）</translation>
    </message>
</context>
<context>
    <name>attn::ui::ModePanel</name>
    <message>
        <location filename="../../ui/window/modepanel.cpp" line="+18"/>
        <source>Q, K, V typed in</source>
        <translation>直接输入 Q、K、V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-attention on tokens X</source>
        <translation>对词元 X 做自注意力</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add positional encoding P</source>
        <translation>添加位置编码 P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q = K = V = X</source>
        <translation>Q = K = V = X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set W_Q, W_K and W_V to the identity</source>
        <translation>将 W_Q、W_K 和 W_V 设为单位矩阵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-head</source>
        <translation>多头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>h = </source>
        <translation>h = </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“Random” fills with this seed: the same seed gives the same numbers</source>
        <translation>“随机”使用此种子填充：相同的种子生成相同的数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All heads</source>
        <translation>所有头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
</context>
<context>
    <name>attn::ui::PlotExport</name>
    <message>
        <location filename="../../ui/export/plotexport.cpp" line="+35"/>
        <source>the image could not be rendered</source>
        <translation>无法渲染图像</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SVG could not be finished</source>
        <translation>无法完成 SVG</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No file name was given for the export.</source>
        <translation>没有为导出指定文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scale must be between 1 and %1, not %2</source>
        <translation>缩放倍数必须在 1 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the plot has no size</source>
        <translation>图表没有尺寸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing was rendered</source>
        <translation>没有渲染出任何内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty after writing</source>
        <translation>写入后文件为空</translation>
    </message>
</context>
<context>
    <name>attn::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/window/preferencesdialog.cpp" line="+66"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Takes effect when Attention Lab is restarted.</source>
        <translation>重新启动 Attention Lab 后生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> %</source>
        <comment>after the text size in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour map:</source>
        <translation>颜色映射(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size:</source>
        <translation>字号(&amp;X)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Significant digits in heatmap cells:</source>
        <translation>热力图单元格中的有效数字位数(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG (image)</source>
        <translation>PNG（图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PNG scale:</source>
        <translation>PNG 缩放倍数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export defaults</source>
        <translation>导出默认设置</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>For example, the weight %1 is shown as %2 and the estimate %3 as %4.</source>
        <translation>例如，权重 %1 显示为 %2，估计值 %3 显示为 %4。</translation>
    </message>
</context>
<context>
    <name>attn::ui::QuickGuideContent</name>
    <message>
        <location filename="../../ui/window/quickguidecontent.cpp" line="+55"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attention Lab Quick Guide</source>
        <translation>Attention Lab 快速入门</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <comment>a menu command and its shortcut</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the left are the settings and the tables you type numbers into. On the right, every stage of attention is drawn as a heatmap with each value printed in its cell. Change any number or setting and every heatmap follows at once.</source>
        <translation>左侧是各项设置以及用来输入数字的表格。右侧将注意力的每个阶段都绘制成热力图，每个值都显示在对应的单元格中。改动任何数字或设置，所有热力图都会立即随之更新。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In every heatmap the rows are queries and the columns are keys. In the tables each row is one vector: one query, one key or one value.</source>
        <translation>在每张热力图中，行是查询，列是键。在表格中，每一行是一个向量：一个查询、一个键或一个值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chooses what you type in: “Q, K, V typed in” for queries, keys and values themselves, or “Self-attention on tokens X”, where Q, K and V are computed from the tokens X with the projections W_Q, W_K and W_V.</source>
        <translation>选择要输入的内容：“直接输入 Q、K、V”表示直接输入查询、键和值本身；“对词元 X 做自注意力”则由词元 X 经投影 W_Q、W_K 和 W_V 计算出 Q、K 和 V。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“Scoring” chooses how a query and a key give a score: a dot product, scaled or not, a general or additive network, cosine similarity, linear attention, or a Gaussian, boxcar or Epanechnikov kernel with the bandwidth σ. The formula of the chosen function is shown under it.</source>
        <translation>“评分”选择由查询和键得出分数的方式：点积（缩放或不缩放）、一般或加性网络、余弦相似度、线性注意力，或带宽为 σ 的高斯核、矩形核或 Epanechnikov 核。所选函数的公式显示在其下方。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Weights” turns the scores of each query into weights: softmax with the temperature T, sparsemax, or ReLU. Drag the σ and T sliders and watch the heatmaps change.</source>
        <translation>“权重”把每个查询的分数转换为权重：带温度 T 的 softmax、sparsemax 或 ReLU。拖动 σ 和 T 滑块，观察热力图的变化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A mask hides keys from a query before its weights are computed: no future keys (causal), a number of valid keys per query, or a local window around each query.</source>
        <translation>掩码在计算权重之前对查询隐藏一些键：不看未来的键（因果）、每个查询只看一定数量的有效键，或只看每个查询周围的局部窗口。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabs %1 hold the matrices of the session; only those that the current settings use are shown.</source>
        <translation>标签页 %1 存放会话中的各个矩阵；只显示当前设置用到的标签页。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row of %1, %2 and %3 is one vector. Click a cell and type a number. The buttons of a table add or remove rows and dimensions, and “Random” and “Identity” fill it.</source>
        <translation>%1、%2 和 %3 的每一行都是一个向量。点击单元格即可输入数字。表格的按钮用于添加或删除行和维度，“随机”和“单位矩阵”用于填充表格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a table to import a file into it, to export it as CSV or NumPy, or to copy and paste cells from and to a spreadsheet (%1, %2).</source>
        <translation>右键单击表格，可以将文件导入该表格、将表格导出为 CSV 或 NumPy，或在表格与电子表格之间复制和粘贴单元格（%1、%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stage bar</source>
        <translation>阶段栏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 step forward and back, also from a presentation clicker; while a heatmap has the focus, %3 and %4 do the same.</source>
        <translation>%1 和 %2 用于前进和后退，也可以用演示翻页笔操作；热力图具有焦点时，%3 和 %4 的作用相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each stage is a heatmap with the value printed in each cell; rest the mouse on a cell for its exact value. The mouse wheel zooms into a heatmap and a drag moves it, which helps with large matrices; a double-click shows the whole matrix again.</source>
        <translation>每个阶段都是一张热力图，每个单元格中都显示其值；将鼠标停在单元格上可查看精确值。鼠标滚轮可以缩放热力图，拖动可以平移，这对大矩阵很有帮助；双击可重新显示整个矩阵。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click any cell of a heatmap. The explanation panel under the heatmaps shows the formula behind that number with the actual numbers put in, and its result. The rows of the tables that the number depends on are highlighted.</source>
        <translation>点击热力图的任一单元格。热力图下方的解释面板会显示这个数字背后的公式、代入的实际数值以及计算结果。表格中该数字所依赖的行会高亮显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example, the first attention weight of the waistline example, which Attention Lab opens on, reads: %1</source>
        <translation>例如，Attention Lab 启动时打开的腰围示例中，第一个注意力权重的解释如下：%1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>“Add positional encoding P” adds sinusoidal positions to X, “Q = K = V = X” sets the projections to the identity, and “Multi-head” splits the computation into h heads. The “Random seed” decides the numbers that “Random” puts into a table.</source>
        <translation>“添加位置编码 P”把正弦位置编码加到 X 上，“Q = K = V = X”把各投影设为单位矩阵，“多头”把计算拆分为 h 个头。“随机种子”决定“随机”填入表格的数字。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>File</source>
        <comment>menu</comment>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <comment>menu</comment>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <comment>menu</comment>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <comment>menu</comment>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <comment>menu</comment>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <comment>menu</comment>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>With “Chosen cells”, a click on a cell of the scores or mask heatmap hides that key from that query, and a second click shows it again.</source>
        <translation>选择“选定的单元格”时，点击分数热力图或掩码热力图中的单元格，会对该查询隐藏该键；再次点击则重新显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <comment>between the tab names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Above the heatmaps, the stage bar walks through the computation one stage at a time, from the scores to the weighted sum. Click a stage, or use “◀ Previous”, “Next ▶” and “Play”; “All stages” shows every stage again. One line says what the current stage does.</source>
        <translation>热力图上方的阶段栏带你逐个阶段地走完整个计算过程，从分数一直到加权和。点击某个阶段，或使用“◀ 上一步”、“下一步 ▶”和“播放”；“所有阶段”会重新显示全部阶段。阶段栏中有一行文字说明当前阶段在做什么。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next Stage</source>
        <comment>menu</comment>
        <translation>下一阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous Stage</source>
        <comment>menu</comment>
        <translation>上一阶段</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Long sums are shortened; “Show every term” writes them out in full. “Copy as text” and “Copy as LaTeX” copy the formula for a worksheet or a slide.</source>
        <translation>较长的求和式会被缩写；“显示每一项”会将其完整写出。“复制为文本”和“复制为 LaTeX”可复制公式，用于练习题或幻灯片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explaining a number</source>
        <translation>解释一个数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel regression view</source>
        <translation>核回归视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When queries, keys and values are single numbers, a plot beside the heatmaps shows the key–value pairs as points, the estimate f(q) as a curve and each query as a vertical line. Drag a query line: its weights appear as bars and every heatmap follows.</source>
        <translation>当查询、键和值都是单个数时，热力图旁边的图表会把键–值对画成点，把估计值 f(q) 画成曲线，把每个查询画成一条竖线。拖动查询线时，它的权重会以柱形显示，所有热力图也随之更新。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting a heatmap</source>
        <translation>导出热力图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-click a heatmap to save it as PNG (1×, 2× or 4×), PDF or SVG, or its numbers as CSV or NumPy.</source>
        <translation>右键单击热力图，可将其保存为 PNG（1×、2× 或 4×）、PDF 或 SVG，或将其中的数字保存为 CSV 或 NumPy。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 writes every heatmap into a folder at once, in the formats and at the scale you choose; %2 has each heatmap on its own.</source>
        <translation>%1 按你选择的格式和缩放倍数，将所有热力图一次性写入一个文件夹；%2 中列出了每张热力图，可以单独导出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export All Heatmaps…</source>
        <comment>menu</comment>
        <translation>导出所有热力图…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Heatmap</source>
        <comment>menu</comment>
        <translation>导出热力图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Handout…</source>
        <comment>menu</comment>
        <translation>导出讲义…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presentation Mode</source>
        <comment>menu</comment>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger Text</source>
        <comment>menu</comment>
        <translation>增大字号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller Text</source>
        <comment>menu</comment>
        <translation>减小字号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour Map</source>
        <comment>menu</comment>
        <translation>颜色映射</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark Theme</source>
        <comment>menu</comment>
        <translation>深色主题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Matrix…</source>
        <comment>menu</comment>
        <translation>导入矩阵…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View Attention Matrix…</source>
        <comment>menu</comment>
        <translation>查看注意力矩阵…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <comment>menu</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <comment>menu</comment>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples</source>
        <comment>menu</comment>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences…</source>
        <comment>menu</comment>
        <translation>首选项…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 chooses the language, the look of the window and the heatmaps, and the defaults of exports.</source>
        <translation>%1 用于选择语言、窗口和热力图的外观，以及导出的默认设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard Shortcuts</source>
        <comment>menu</comment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 writes a printable PDF with one page per stage: its heatmaps, the inputs and one explained number.</source>
        <translation>%1 生成一份可打印的 PDF，每个阶段一页：包括该阶段的热力图、输入以及一个附有解释的数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presenting</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hides the settings and the tables, enlarges everything and fills the screen; %2 leaves it.</source>
        <translation>%1 会隐藏设置和表格，放大所有内容并全屏显示；按 %2 退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 change the size of all text; %3 and %4 suit a projector or a dark room.</source>
        <translation>%1 和 %2 用于调整所有文字的大小；%3 和 %4 可适应投影仪或较暗的教室。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing a matrix</source>
        <translation>导入矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reads a CSV, TSV or NumPy .npy file into any table of the session: you choose the table, and the slice of a 3-D or 4-D array. You can also drop a file on the window.</source>
        <translation>%1 将 CSV、TSV 或 NumPy .npy 文件读入会话中的任一表格：由你选择目标表格，以及 3 维或 4 维数组中的切片。也可以直接把文件拖放到窗口上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shows a real model&apos;s attention matrix as a heatmap, without computing anything.</source>
        <translation>%1 将真实模型的注意力矩阵直接显示为热力图，不做任何计算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions, undo and examples</source>
        <translation>会话、撤销与示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is a step that %1 takes back. %2 keeps a session in a file; a modified session is also saved for recovery every minute, and offered back after a crash.</source>
        <translation>每一次更改都是一个步骤，可以用 %1 撤回。%2 将会话保存到文件中；已修改的会话还会每分钟自动保存一次以备恢复，程序崩溃后会提示恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 menu opens ready-made sessions: the waistline example, masks, self-attention, positional encoding and multi-head attention.</source>
        <translation>%1菜单可打开现成的会话：腰围示例、掩码、自注意力、位置编码和多头注意力。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists every key and mouse action of the window.</source>
        <translation>%1 列出窗口中的所有按键和鼠标操作。</translation>
    </message>
</context>
<context>
    <name>attn::ui::RecentFiles</name>
    <message>
        <location filename="../../ui/files/recentfiles.cpp" line="+72"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2 (not found)</source>
        <translation>%1  %2（未找到）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>attn::ui::RecoveryFile</name>
    <message>
        <location filename="../../ui/files/recoveryfile.cpp" line="+45"/>
        <location line="+4"/>
        <source>Cannot autosave to %1: %2</source>
        <translation>无法自动保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an Attention Lab recovery file (no &quot;attnlab_recovery&quot; version)</source>
        <translation>不是 Attention Lab 恢复文件（缺少 &quot;attnlab_recovery&quot; 版本号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovery format version %1 is newer than this Attention Lab reads (%2)</source>
        <translation>恢复文件格式版本 %1 高于此版本 Attention Lab 能读取的版本（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;session&quot; is missing or not an object</source>
        <translation>&quot;session&quot; 缺失或不是对象</translation>
    </message>
</context>
<context>
    <name>attn::ui::RecoveryOffer</name>
    <message>
        <location filename="../../ui/files/recoveryoffer.cpp" line="+90"/>
        <source>An autosaved session cannot be restored: %1</source>
        <translation>无法恢复一个自动保存的会话：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>Restore Autosaved Session</source>
        <translation>恢复自动保存的会话</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was never saved to a file.</source>
        <translation>它从未保存到文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its file: %1</source>
        <translation>其文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention Lab did not close normally. The session “%1” was autosaved on %2 with changes that were not saved.</source>
        <translation>Attention Lab 未正常关闭。会话“%1”已于 %2 自动保存，其中包含尚未保存的更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its file was saved after this autosave, on %1: restoring it and saving would replace that newer version (Save As keeps both).</source>
        <translation>它的文件在这次自动保存之后（%1）又保存过：恢复后再保存会覆盖那个较新的版本（“另存为”可两者都保留）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore it, discard it for good, or decide at the next start (Later)?</source>
        <translation>恢复它、永久丢弃它，还是在下次启动时再决定（稍后）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Autosaved Session</source>
        <translation>自动保存的会话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard deletes this autosaved file for good. Keep for Later leaves it where it is; it is offered again at the next start.</source>
        <translation>“丢弃”会永久删除这个自动保存的文件。“留待以后”会把它留在原处，下次启动时再次提供。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep for Later</source>
        <translation>留待以后(&amp;K)</translation>
    </message>
</context>
<context>
    <name>attn::ui::RegressionView</name>
    <message>
        <location filename="../../ui/teach/regressionview.cpp" line="+51"/>
        <source>Key / query</source>
        <translation>键 / 查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/teach/regressionviewitems.cpp" line="+157"/>
        <source>Weight a(q, k)</source>
        <translation>权重 a(q, k)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>weights a(q, k)</source>
        <translation>权重 a(q, k)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>f(q) = Σ a·v</source>
        <translation>f(q) = Σ a·v</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keys, values</source>
        <translation>键、值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>masked keys</source>
        <translation>被掩码的键</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+75"/>
        <source>The regression view needs one-dimensional keys and values (d_k = d_v = 1).</source>
        <translation>回归视图需要一维的键和值（d_k = d_v = 1）。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This session uses self-attention; it needs plain queries, keys and values.</source>
        <translation>该会话使用自注意力；回归视图需要直接给出的查询、键和值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session uses multi-head attention.</source>
        <translation>该会话使用多头注意力。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session has d_k = %1 and d_v = %2.</source>
        <translation>该会话的 d_k = %1，d_v = %2。</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+11"/>
        <source>The regression view cannot compute this session: %1</source>
        <translation>回归视图无法计算该会话：%1</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Gaps: no key within σ = %1</source>
        <translation>空缺处：σ = %1 范围内没有键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps: no weights there</source>
        <translation>空缺处：那里没有权重</translation>
    </message>
    <message>
        <location filename="../../ui/teach/regressionviewitems.cpp" line="-113"/>
        <source>%1 (masked)</source>
        <translation>%1（已掩码）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: q = %2</source>
        <translation>%1：q = %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Every key is masked:
no weights, no f(q)</source>
        <translation>所有键都被掩码：
没有权重，也没有 f(q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key within σ = %1:
no weights, no f(q)</source>
        <translation>σ = %1 范围内没有键：
没有权重，也没有 f(q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No weights here: no f(q)</source>
        <translation>此处没有权重：没有 f(q)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>f(%1) = %2</source>
        <translation>f(%1) = %2</translation>
    </message>
</context>
<context>
    <name>attn::ui::ResultsArea</name>
    <message>
        <location filename="../../ui/window/resultsarea.cpp" line="+34"/>
        <source>%1 × %2 outputs computed</source>
        <translation>已计算出 %1 × %2 个输出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>output for %1 = %2</source>
        <translation>%1 的输出 = %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1%2 has no weights and no output: %3.</source>
        <translation>%1%2 没有权重，也没有输出：%3。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Head %1: </source>
        <translation>头 %1：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot compute attention: %1</source>
        <translation>无法计算注意力：%1</translation>
    </message>
</context>
<context>
    <name>attn::ui::ScoringPanel</name>
    <message>
        <location filename="../../ui/window/scoringpanel.cpp" line="+19"/>
        <source>a(q, k) = q · k</source>
        <translation>a(q, k) = q · k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a(q, k) = q · k / √d_k</source>
        <translation>a(q, k) = q · k / √d_k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a(q, k) = q W kᵀ</source>
        <translation>a(q, k) = q W kᵀ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a(q, k) = w_v · tanh(q W_q + k W_k)</source>
        <translation>a(q, k) = w_v · tanh(q W_q + k W_k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a(q, k) = q · k / (‖q‖ ‖k‖)</source>
        <translation>a(q, k) = q · k / (‖q‖ ‖k‖)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a(q, k) = −‖q − k‖² / (2σ²)</source>
        <translation>a(q, k) = −‖q − k‖² / (2σ²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K(u) = 1 if u &lt; 1 else 0,  u = ‖q − k‖ / σ;  weights K / ΣK</source>
        <translation>u &lt; 1 时 K(u) = 1，否则为 0；u = ‖q − k‖ / σ；权重为 K / ΣK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>K(u) = max(0, 1 − u),  u = ‖q − k‖ / σ;  weights K / ΣK</source>
        <translation>K(u) = max(0, 1 − u)，u = ‖q − k‖ / σ；权重为 K / ΣK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>φ(q) · φ(k),  φ(x) = elu(x) + 1;  weights φ(q)·φ(k) / Σ</source>
        <translation>φ(q) · φ(k)，φ(x) = elu(x) + 1；权重为 φ(q)·φ(k) / Σ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bandwidth σ (&gt; 0), in the units of the keys</source>
        <translation>带宽 σ（&gt; 0），单位与键相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth σ</source>
        <translation>带宽 σ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden size h of the additive scoring network</source>
        <translation>加性评分网络的隐藏层大小 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden size h</source>
        <translation>隐藏层大小 h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Temperature T of the softmax: T &gt; 1 flattens the weights, T &lt; 1 sharpens them</source>
        <translation>softmax 的温度 T：T &gt; 1 使权重更平缓，T &lt; 1 使权重更尖锐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” was not taken: the bandwidth σ must be a number from %2 to %3.</source>
        <extracomment>%1: what was typed; %2, %3: the smallest and the largest bandwidth σ the box takes.</extracomment>
        <translation>未采用“%1”：带宽 σ 必须是 %2 到 %3 之间的数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” was not taken: the temperature T must be a number from %2 to %3.</source>
        <extracomment>%1: what was typed; %2, %3: the smallest and the largest temperature T the box takes.</extracomment>
        <translation>未采用“%1”：温度 T 必须是 %2 到 %3 之间的数。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This scoring function&apos;s weights are its values divided by their sum</source>
        <translation>此评分函数的权重是其函数值除以函数值之和</translation>
    </message>
</context>
<context>
    <name>attn::ui::SessionDocument</name>
    <message>
        <location filename="../../ui/document/sessiondocument.cpp" line="+96"/>
        <source>Edit %1 row %2, column %3</source>
        <translation>编辑 %1 第 %2 行第 %3 列</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename query %1</source>
        <translation>重命名查询 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename token %1</source>
        <translation>重命名词元 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename key %1</source>
        <translation>重命名键 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add %1 row %2 (a copy of row %3)</source>
        <extracomment>Undo text: %1 a table (Keys), %2 the new row, %3 the row copied (counted from 1).</extracomment>
        <translation>添加 %1 第 %2 行（复制第 %3 行）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add %1 row %2 (halfway between rows %3 and %4)</source>
        <extracomment>Undo text: %1 a table (Keys), %2 the new row, %3 and %4 its neighbours (counted from 1, as before).</extracomment>
        <translation>添加 %1 第 %2 行（取第 %3 行与第 %4 行的中点）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add %1 row %2 (continuing the step of rows %3 and %4)</source>
        <extracomment>Undo text: %1 a table (Keys), %2 the new row, %3 and %4 the two rows whose step it continues.</extracomment>
        <translation>添加 %1 第 %2 行（延续第 %3 行到第 %4 行的步长）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove %1 row %2</source>
        <translation>删除 %1 第 %2 行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add %1 column %2</source>
        <translation>添加 %1 第 %2 列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1 column %2</source>
        <translation>删除 %1 第 %2 列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill 1 cell of %1 with %2</source>
        <translation>用 %2 填充 %1 的 1 个单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill %1 cells of %2 with %3</source>
        <translation>用 %3 填充 %2 的 %1 个单元格</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Label 1 row of %1</source>
        <translation>标注%1的 1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label %1 rows of %2</source>
        <translation>标注%2的 %1 行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paste into %1</source>
        <translation>粘贴到 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fill %1 with random numbers</source>
        <translation>用随机数填充 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill %1 with the identity</source>
        <translation>用单位矩阵填充 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change scoring to %1</source>
        <translation>将评分改为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change σ</source>
        <translation>更改 σ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change hidden size to %1</source>
        <translation>将隐藏层大小改为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change temperature</source>
        <translation>更改温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change weights to %1</source>
        <translation>将权重改为 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change mask</source>
        <translation>更改掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change mask to %1</source>
        <translation>将掩码改为 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mask %1 → %2</source>
        <translation>掩码 %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmask %1 → %2</source>
        <translation>取消掩码 %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on self-attention</source>
        <translation>开启自注意力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn off self-attention</source>
        <translation>关闭自注意力</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add positional encoding</source>
        <translation>添加位置编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove positional encoding</source>
        <translation>移除位置编码</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Q = K = V = X</source>
        <translation>Q = K = V = X</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on multi-head</source>
        <translation>开启多头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn off multi-head</source>
        <translation>关闭多头</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change number of heads to %1</source>
        <translation>将头数改为 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>attn::ui::SessionFileActions</name>
    <message>
        <location filename="../../ui/window/sessionfileactions.cpp" line="+25"/>
        <source>Attention Lab sessions (*.json);;All files (*)</source>
        <translation>Attention Lab 会话 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>打开最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Session</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Cannot Open Session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer exists. It has been removed from the recent files.</source>
        <translation>%1 已不存在，已将其从最近的文件中移除。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save Session As</source>
        <translation>会话另存为</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Save Session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The session is still open with its changes; the file on disk was not changed.</source>
        <translation>%1

会话仍处于打开状态，更改均未丢失；磁盘上的文件未被更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has changes that are not saved. Save them first?</source>
        <translation>会话有尚未保存的更改。是否先保存？</translation>
    </message>
</context>
<context>
    <name>attn::ui::SessionFileGuard</name>
    <message>
        <location filename="../../ui/files/sessionfileguard.cpp" line="+87"/>
        <source>File Already Open</source>
        <translation>文件已打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another Attention Lab window (process %2 on %3).</source>
        <translation>%1 已在另一个 Attention Lab 窗口中打开（%3 上的进程 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If both windows save it, the later save replaces the other one&apos;s changes. Open it here anyway? This window then takes the file over when the other one closes it.</source>
        <translation>如果两个窗口都保存它，后保存的会覆盖另一个窗口的更改。仍要在这里打开吗？另一个窗口关闭该文件后，本窗口会接管它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+78"/>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The file %1 has changed on disk since you opened or saved it.</source>
        <translation>自您打开或保存文件 %1 以来，它已在磁盘上被更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another window or program saved it. Overwrite replaces its changes with this session; Save As keeps both.</source>
        <translation>另一个窗口或程序保存了它。“覆盖”会用本会话替换那些更改；“另存为”则两者都保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>File Deleted or Moved</source>
        <translation>文件已被删除或移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is no longer on disk: it was deleted, moved or renamed.</source>
        <translation>文件 %1 已不在磁盘上：它被删除、移动或重命名了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is kept and marked as modified. Save it to write the file again, or choose another file with Save As…</source>
        <translation>本会话已保留并标记为已修改。保存即可重新写出该文件，或用“另存为…”选择其他文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 has been changed on disk by another window or program.</source>
        <translation>文件 %1 已被另一个窗口或程序在磁盘上更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it? Your unsaved changes stay in Edit → Undo. Keep Mine keeps this session; saving it then replaces the file.</source>
        <translation>要重新载入吗？您未保存的更改仍可通过“编辑 → 撤销”找回。“保留我的”会保留本会话，之后保存将替换该文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it? Keep Mine keeps this session, marked as modified since it differs from the file.</source>
        <translation>要重新载入吗？“保留我的”会保留本会话，并因其与文件不同而标记为已修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reload %1</source>
        <translation>重新载入 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Reload Session</source>
        <translation>无法重新载入会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

This session is kept and marked as modified.</source>
        <translation>%1

本会话已保留，并标记为已修改。</translation>
    </message>
</context>
<context>
    <name>attn::ui::SettingNames</name>
    <message>
        <location filename="../../ui/document/settingnames.cpp" line="+19"/>
        <source>Dot product</source>
        <translation>点积</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scaled dot product</source>
        <translation>缩放点积</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General (bilinear)</source>
        <translation>一般（双线性）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additive (Bahdanau)</source>
        <translation>加性（Bahdanau）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cosine similarity</source>
        <translation>余弦相似度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian kernel</source>
        <translation>高斯核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boxcar kernel</source>
        <translation>矩形核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epanechnikov kernel</source>
        <translation>Epanechnikov 核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear attention (elu + 1)</source>
        <translation>线性注意力（elu + 1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparsemax</source>
        <translation>Sparsemax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU (not normalised)</source>
        <translation>ReLU（不归一化）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No mask</source>
        <translation>无掩码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Causal (no future keys)</source>
        <translation>因果（不看未来的键）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid lengths</source>
        <translation>有效长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local window |i − j| ≤ w</source>
        <translation>局部窗口 |i − j| ≤ w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen cells</source>
        <translation>选定的单元格</translation>
    </message>
</context>
<context>
    <name>attn::ui::ShortcutList</name>
    <message>
        <location filename="../../ui/window/shortcutlist.cpp" line="+48"/>
        <location line="+83"/>
        <location line="+1"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next stage (while a heatmap has the focus)</source>
        <translation>下一阶段（热力图具有焦点时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous stage (while a heatmap has the focus)</source>
        <translation>上一阶段（热力图具有焦点时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the number in a cell</source>
        <translation>解释单元格中的数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a cell&apos;s exact value</source>
        <translation>显示单元格的精确值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hover</source>
        <translation>悬停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in or out about the cursor</source>
        <translation>以光标为中心放大或缩小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the zoomed view</source>
        <translation>平移缩放后的视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole matrix again</source>
        <translation>重新显示整个矩阵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the heatmap or its numbers</source>
        <translation>导出热力图或其中的数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Right-click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit a number</source>
        <translation>编辑数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click or type</source>
        <translation>双击或直接输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import, export, copy or paste</source>
        <translation>导入、导出、复制或粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel regression view</source>
        <translation>核回归视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move a query</source>
        <translation>移动查询</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag its line</source>
        <translation>拖动其竖线</translation>
    </message>
</context>
<context>
    <name>attn::ui::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/window/shortcutsdialog.cpp" line="+25"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search actions and keys</source>
        <translation>搜索操作和按键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys or mouse</source>
        <translation>按键或鼠标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shortcut matches the search.</source>
        <translation>没有与搜索匹配的快捷键。</translation>
    </message>
</context>
<context>
    <name>attn::ui::StageBar</name>
    <message>
        <location filename="../../ui/teach/stagebar.cpp" line="+70"/>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Stop stepping through the stages</source>
        <translation>停止逐个播放各阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the stages one by one</source>
        <translation>逐个播放各阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-72"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per stage while playing</source>
        <translation>播放时每个阶段停留的秒数</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+2"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Every stage is shown. Press Next (or Page Down) to walk through them one by one.</source>
        <translation>所有阶段均已显示。按“下一步”（或 Page Down）可逐个查看各阶段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %1 of %2 — %3: %4</source>
        <translation>阶段 %1/%2 — %3：%4</translation>
    </message>
</context>
<context>
    <name>attn::ui::StartWindow</name>
    <message>
        <location filename="../../ui/window/startwindow.cpp" line="+40"/>
        <source>The autosaved session was restored; %1 was not opened.</source>
        <translation>已恢复自动保存的会话；未打开 %1。</translation>
    </message>
</context>
<context>
    <name>attn::ui::TableClipboard</name>
    <message>
        <location filename="../../ui/tables/tableclipboard.cpp" line="+26"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the table to fit %1 × %2 cells?</source>
        <translation>扩大表格以容纳 %1 × %2 个单元格吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the current cell on, the table has room for %1 × %2.</source>
        <translation>从当前单元格起，表格只能容纳 %1 × %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grow</source>
        <translation>扩大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste What Fits</source>
        <translation>只粘贴能容纳的部分</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected cells as tab-separated text, in full precision</source>
        <translation>将选中的单元格复制为以制表符分隔的文本，保留全部精度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste tab- or comma-separated cells at the current cell</source>
        <translation>在当前单元格处粘贴以制表符或逗号分隔的单元格</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Nothing was pasted: the lines hold labels without numbers. To label several rows, select their labels and paste the words on one line, or use Label Rows from Text (Ctrl+Shift+L).</source>
        <extracomment>A block of several lines pasted onto a label cell, with no numbers beside the labels.</extracomment>
        <translation>未粘贴任何内容：这几行只有标签，没有数字。要标注多行，请选中这些行的标签后把词语粘贴在一行里，或使用“用文本标注各行”（Ctrl+Shift+L）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only the %1 × %2 cells that fit were pasted (of %3 × %4).</source>
        <translation>只粘贴了能容纳的 %1 × %2 个单元格（共 %3 × %4 个）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pasted text holds no words to label the rows with.</source>
        <translation>粘贴的文本中没有可用来标注各行的词。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 word for %1 selected rows: the first row was labelled.</source>
        <translation>1 个词，但选中了 %1 行：只标注了第一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 words for %2 selected rows: the first %3 rows were labelled.</source>
        <translation>%1 个词，但选中了 %2 行：已标注前 %3 行。</translation>
    </message>
</context>
<context>
    <name>attn::ui::ViewActions</name>
    <message>
        <location filename="../../ui/window/viewactions.cpp" line="+67"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next Stage</source>
        <translation>下一阶段(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Stage</source>
        <translation>上一阶段(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All Stages</source>
        <translation>所有阶段(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Larger Text</source>
        <translation>增大字号(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smaller Text</source>
        <translation>减小字号(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Text Size</source>
        <translation>重置字号(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour Map</source>
        <translation>颜色映射(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
</context>
<context>
    <name>attn::ui::i18n</name>
    <message>
        <location filename="../../ui/base/language.cpp" line="+83"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>attnlab</name>
    <message>
        <location filename="../../app/main.cpp" line="+57"/>
        <source>cannot write the screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
</context>
</TS>
